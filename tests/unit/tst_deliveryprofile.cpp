// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
// Delivery profiles as data: what each needs, and where stems go in a package.
#include "delivery/DeliveryMetadata.h"
#include "delivery/DeliveryProfile.h"
#include "exchange/Csv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace Imprint;
using namespace Imprint::Delivery;

class TestDeliveryProfile : public QObject
{
    Q_OBJECT

    static DeliveryRelease releaseWithStems()
    {
        DeliveryRelease release;
        release.release.title = u"Glass Harbour"_s;
        DeliveryTrack track;
        track.id = 7;
        track.number = 1;
        track.title = u"Salt: Ember"_s;
        track.artist = u"Nova Lark"_s;
        release.tracks = { track };
        const auto asset = [](const QString &kind, const QString &type, const QString &path) {
            DeliveryAsset a;
            a.trackId = 7;
            a.kind = kind;
            a.stemType = type;
            a.relPath = path;
            return a;
        };
        release.assets = { asset(u"master"_s, {}, u"Nova Lark/Glass Harbour/01 Salt Ember.flac"_s),
            asset(u"stem"_s, u"drums"_s, u"Nova Lark/Glass Harbour/Stems/Salt Ember/drums.wav"_s),
            asset(u"stem"_s, u"vocals"_s, u"Stems/Nova Lark/Salt Ember/01 Lead Vox.wav"_s),
            asset(u"stem"_s, u"vocals"_s, u"Stems/Nova Lark/Salt Ember/02 BVs.WAV"_s),
            asset(u"stem"_s, QString(), u"Stems/Nova Lark/Salt Ember/Strings.wav"_s) };
        return release;
    }

private Q_SLOTS:
    void stemsAreNamedByTypeAndTheirOwnName()
    {
        const auto sync = profile(u"sync"_s);
        QVERIFY(sync);
        QStringList stems;
        for (const PlannedFile &file : plan(releaseWithStems(), *sync)) {
            if (file.archivePath.startsWith(u"Stems/"_s))
                stems.append(file.archivePath + u" = "_s + file.stemType);
        }
        QCOMPARE(stems,
            QStringList({ u"Stems/1-01 Salt_ Ember/drums.wav = drums"_s,
                u"Stems/1-01 Salt_ Ember/vocals - 01 Lead Vox.wav = vocals"_s,
                u"Stems/1-01 Salt_ Ember/vocals - 02 BVs.wav = vocals"_s,
                u"Stems/1-01 Salt_ Ember/Strings.wav = "_s }));
        // The distributor profile takes no stems.
        for (const PlannedFile &file : plan(releaseWithStems(), *profile(u"distributor"_s)))
            QVERIFY(!file.archivePath.startsWith(u"Stems/"_s));
    }

    void metadataCsvShowsFormulasAsText()
    {
        DeliveryRelease release = releaseWithStems();
        release.release.label = u"@Label"_s;
        release.tracks[0].title = u"=HYPERLINK(\"http://x\",\"y\")"_s;
        release.tracks[0].version = u"-3 dB edit"_s;
        release.tracks[0].durationMs = 61000;
        const QString text = QString::fromUtf8(metadataCsv(release, *profile(u"distributor"_s)));
        QVERIFY2(text.contains(u",\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",\"'-3 dB edit\","_s),
            qPrintable(text));
        QVERIFY2(text.contains(u",\"'@Label\","_s), qPrintable(text));
        const Csv::Table table = Csv::parse(text);
        QCOMPARE(table.records.size(), 2);
        const QStringList header = table.records.at(0).fields;
        const QStringList row = table.records.at(1).fields;
        QCOMPARE(row.at(header.indexOf(u"title"_s)), release.tracks[0].title);
        QCOMPARE(row.at(header.indexOf(u"duration_ms"_s)), u"61000"_s);
    }

    void metadataNamesEachStemsType()
    {
        const auto sync = profile(u"sync"_s);
        const DeliveryRelease release = releaseWithStems();
        const QJsonObject object
            = QJsonDocument::fromJson(metadataJson(release, *sync, {}, plan(release, *sync))).object();
        const QJsonArray stems
            = object.value(u"tracks"_s).toArray().at(0).toObject().value(u"stems"_s).toArray();
        QCOMPARE(stems.size(), 3);
        QCOMPARE(stems.at(1).toObject().value(u"type"_s).toString(), u"vocals"_s);
        QVERIFY(stems.at(1).toObject().value(u"file"_s).toString().endsWith(u"01 Lead Vox.wav"_s));
    }

    void metadataCarriesCreditsWorkSharesAndTheAiDisclosure()
    {
        DeliveryRelease release = releaseWithStems();
        DeliveryTrack &track = release.tracks[0];
        track.iswc = u"T-034.524.680-1"_s;
        track.credits = { { u"Nova Lark"_s, u"MainArtist"_s, {}, false },
            { u"Ada Keys"_s, u"Musician"_s, u"synthesizer"_s, false },
            { u"Suno"_s, u"Vocalist"_s, {}, true } };
        TrackFacts facts;
        facts.hasWork = true;
        facts.workTitle = u"Salt: Ember"_s;
        facts.workShares = { { 1, u"Nova Lark"_s, u"ComposerLyricist"_s, 6'667, u"GEMA"_s, u"00014107338"_s },
            { 2, u"Ada Keys"_s, u"Composer"_s, 3'333, {}, {} },
            { 3, u"Lark Songs"_s, u"OriginalPublisher"_s, 10'000, u"GEMA"_s, {} } };
        facts.masterShares = { { 1, u"Nova Lark"_s, 7'500 }, { 4, u"Larkspur Records"_s, 2'500 } };
        ProvenanceFacts provenance;
        provenance.origin = u"ai_generated"_s;
        facts.provenance = provenance;
        facts.contributions = { { u"lyrics"_s, u"Nova Lark"_s, {} }, { u"master"_s, u"Nova Lark"_s, {} } };
        track.facts = facts;
        const QList<PreflightIssue> recorded { { IssueLevel::Blocker, u"quality.clipping"_s, 7,
                                                   u"Salt: Ember"_s, u"Clipping: 14 runs"_s,
                                                   u"reduce gain"_s },
            { IssueLevel::Warning, u"streaming.date.tight"_s, 0, u"release"_s, u"soon"_s } };
        const auto distributor = profile(u"distributor"_s);
        const QJsonObject object = QJsonDocument::fromJson(
            metadataJson(release, *distributor, recorded, plan(release, *distributor)))
                                       .object();
        const QJsonObject json = object.value(u"tracks"_s).toArray().at(0).toObject();

        const QJsonArray credits = json.value(u"credits"_s).toArray();
        QCOMPARE(credits.size(), 3);
        QCOMPARE(credits.at(1).toObject().value(u"instrument"_s).toString(), u"synthesizer"_s);
        QCOMPARE(credits.at(2).toObject().value(u"role"_s).toString(), u"Vocalist"_s);
        QVERIFY(credits.at(2).toObject().value(u"aiUsed"_s).toBool());
        QVERIFY(!credits.at(0).toObject().value(u"aiUsed"_s).toBool());

        const QJsonObject work = json.value(u"work"_s).toObject();
        QCOMPARE(work.value(u"iswc"_s).toString(), u"T-034.524.680-1"_s);
        QCOMPARE(work.value(u"title"_s).toString(), u"Salt: Ember"_s);
        const QJsonArray writers = work.value(u"writers"_s).toArray();
        QCOMPARE(writers.size(), 2);
        QCOMPARE(writers.at(0).toObject().value(u"party"_s).toString(), u"Nova Lark"_s);
        QCOMPARE(writers.at(0).toObject().value(u"basisPoints"_s).toInt(), 6'667);
        QCOMPARE(writers.at(0).toObject().value(u"percent"_s).toDouble(), 66.67);
        QCOMPARE(writers.at(0).toObject().value(u"ipi"_s).toString(), u"00014107338"_s);
        QCOMPARE(
            work.value(u"publishers"_s).toArray().at(0).toObject().value(u"percent"_s).toDouble(), 100.0);

        const QJsonArray owners = json.value(u"masterOwnership"_s).toArray();
        QCOMPARE(owners.size(), 2);
        QCOMPARE(owners.at(1).toObject().value(u"party"_s).toString(), u"Larkspur Records"_s);
        QCOMPARE(owners.at(1).toObject().value(u"basisPoints"_s).toInt(), 2'500);
        QCOMPARE(owners.at(1).toObject().value(u"percent"_s).toDouble(), 25.0);

        // Generated, her lyrics and master, AI vocals credited (AiDisclosure.h has the rules).
        const QJsonObject ai = json.value(u"aiDisclosure"_s).toObject();
        QCOMPARE(ai.value(u"origin"_s).toString(), u"ai_generated"_s);
        QCOMPARE(ai.value(u"composition"_s).toString(), u"ai_generated"_s);
        QCOMPARE(ai.value(u"lyrics"_s).toString(), u"ai_assisted"_s);
        QCOMPARE(ai.value(u"vocals"_s).toString(), u"ai_generated"_s);
        QCOMPARE(ai.value(u"instrumentation"_s).toString(), u"ai_generated"_s);
        QCOMPARE(ai.value(u"post_production"_s).toString(), u"ai_assisted"_s);

        // What was exported despite the preflight, each with its level, rule and track.
        QVERIFY(object.value(u"forced"_s).toBool());
        const QJsonArray issues = object.value(u"preflight"_s).toArray();
        QCOMPARE(issues.size(), 2);
        const QJsonObject first = issues.at(0).toObject();
        QCOMPARE(first.value(u"level"_s).toString(), u"blocker"_s);
        QCOMPARE(first.value(u"ruleId"_s).toString(), u"quality.clipping"_s);
        QCOMPARE(first.value(u"trackId"_s).toInteger(), 7);
        QCOMPARE(issueFromJson(first), recorded.first());
        QCOMPARE(issues.at(1).toObject().value(u"level"_s).toString(), u"warning"_s);

        // A track without facts has no work and discloses nothing recorded.
        const QJsonObject bare
            = QJsonDocument::fromJson(metadataJson(releaseWithStems(), *distributor, {}, {})).object();
        QVERIFY(bare.value(u"tracks"_s).toArray().at(0).toObject().value(u"work"_s).isNull());
        QVERIFY(!bare.value(u"forced"_s).toBool());
        QCOMPARE(bare.value(u"tracks"_s)
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(u"aiDisclosure"_s)
                     .toObject()
                     .value(u"origin"_s),
            u"not_recorded"_s);
    }

    void requirementsFollowTheProfileData()
    {
        const QStringList distributor = requirements(*profile(u"distributor"_s));
        const QStringList sync = requirements(*profile(u"sync"_s));
        QVERIFY(distributor.join(u'\n').contains(u"3000×3000"_s));
        QVERIFY(!distributor.join(u'\n').contains(u"Stems"_s));
        QVERIFY(sync.join(u'\n').contains(u"48 kHz/24-bit"_s));
        QVERIFY(sync.join(u'\n').contains(u"Stems of every track"_s));
        QVERIFY(!sync.join(u'\n').contains(u"UPC"_s)); // sync libraries need no barcode
        QCOMPARE(safeFileName(u" a/b: c. "_s), u"a_b_ c"_s);
        QCOMPARE(safeFileName(u"..."_s), u"_"_s);
    }
};

QTEST_GUILESS_MAIN(TestDeliveryProfile)
#include "tst_deliveryprofile.moc"
