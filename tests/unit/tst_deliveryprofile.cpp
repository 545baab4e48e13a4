// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
// Delivery profiles as data: what each needs, and where stems go in a package.
#include "delivery/DeliveryProfile.h"

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
