// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
// The delivery preflight: the package's own checks, the readiness for the profile's use and the
// audio checks, each issue with its level, rule id and track, without duplicates.
#include "delivery/Preflight.h"
#include "rights/FixTargets.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace Imprint;
using namespace Imprint::Delivery;

namespace
{

const QDate today(2026, 3, 2);

// Facts every readiness rule up to sync is happy with (as tst_readiness's readyFacts).
TrackFacts readyFacts(qint64 trackId, const QString &title)
{
    TrackFacts f;
    f.today = today;
    f.trackId = trackId;
    f.title = title;
    f.isrc = u"GBXYZ26%1"_s.arg(trackId, 5, 10, QChar(u'0'));
    f.hasVocals = 1;
    f.bpm = 96;
    f.key = u"A minor"_s;
    f.mood = u"wistful"_s;
    f.release = ReleaseFacts { 10, u"Tidal Memory"_s, u"album"_s, u"4006381333931"_s, today.addDays(40),
        u"scheduled"_s, u"Tideline"_s, u"Indie Pop"_s, u"en"_s, u"℗ 2026 Tideline"_s, u"© 2026 Tideline"_s, 0,
        20, u"JPEG"_s, 3000, 3000 };
    f.credits = { { 1, u"Mara Vell"_s, u"MainArtist"_s, false } };
    f.masterShares = { { 1, u"Mara Vell"_s, 10'000 } };
    f.hasWork = true;
    f.workTitle = title;
    f.workShares = { { 1, u"Mara Vell"_s, u"ComposerLyricist"_s, 10'000, u"GEMA"_s, u"00014107338"_s } };
    ProvenanceFacts p;
    p.origin = u"human"_s;
    f.provenance = p;
    f.hasMaster = true;
    f.qualityVerdicts = { { u"content"_s, u"pass"_s }, { u"streaming"_s, u"pass"_s } };
    return f;
}

AnalysisFacts cleanMaster()
{
    AnalysisFacts a;
    a.container = u"FLAC"_s;
    a.sampleRate = 44100;
    a.bitDepth = 16;
    a.channels = 2;
    a.durationSeconds = 180;
    a.integratedLufs = -14;
    a.loudnessRangeLu = 6;
    a.samplePeakDbfs = -1.5;
    a.truePeakDbtp = -1.3;
    a.trailingSilenceSeconds = 1;
    return a;
}

DeliveryAsset asset(qint64 trackId, const QString &kind, int width = 0)
{
    DeliveryAsset a;
    a.trackId = trackId;
    a.kind = kind;
    a.relPath = u"%1/%2.flac"_s.arg(kind).arg(trackId);
    a.width = a.height = width;
    a.sampleRate = 44100;
    a.bitDepth = 16;
    return a;
}

// Two tracks that every check passes, as the loader would hand them over.
DeliveryRelease cleanRelease()
{
    DeliveryRelease release;
    release.release.id = 10;
    release.release.title = u"Tidal Memory"_s;
    release.release.upc = u"4006381333931"_s;
    release.assets = { asset(0, u"artwork"_s, 3000) };
    for (qint64 id : { 1, 2 }) {
        DeliveryTrack track;
        track.id = id;
        track.number = int(id);
        track.title = id == 1 ? u"Harbour Lights"_s : u"Overdrive Hearts"_s;
        track.isrc = u"GBXYZ26%1"_s.arg(id, 5, 10, QChar(u'0'));
        track.hasVocals = 1;
        track.facts = readyFacts(id, track.title);
        track.analysis = cleanMaster();
        release.tracks.append(track);
        release.assets.append(asset(id, u"master"_s));
    }
    release.verdictsLoaded = true;
    return release;
}

QStringList describeAll(const QList<PreflightIssue> &issues)
{
    QStringList lines;
    for (const PreflightIssue &issue : issues)
        lines.append(u"%1 %2 #%3"_s.arg(levelKey(issue.level), issue.ruleId).arg(issue.trackId));
    return lines;
}

const PreflightIssue *find(const QList<PreflightIssue> &issues, const QString &ruleId, qint64 trackId)
{
    for (const PreflightIssue &issue : issues) {
        if (issue.ruleId == ruleId && issue.trackId == trackId)
            return &issue;
    }
    return nullptr;
}

} // namespace

class TestPreflight : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aCleanReleaseHasNoIssues()
    {
        const QList<PreflightIssue> issues = preflight(cleanRelease(), *profile(u"distributor"_s));
        QVERIFY2(issues.isEmpty(), qPrintable(describeAll(issues).join(u", ")));
    }

    void theDeliverysOwnChecksHaveRuleIdsAndLevels()
    {
        DeliveryRelease release = cleanRelease();
        release.release.upc.clear();
        release.assets.removeFirst(); // the artwork
        release.tracks[0].isrc.clear();
        release.tracks[0].facts->isrc.clear();
        release.assets.removeIf([](const DeliveryAsset &a) { return a.trackId == 2; }); // no master
        const QList<PreflightIssue> issues = preflight(release, *profile(u"distributor"_s));
        QCOMPARE(describeAll(issues),
            QStringList({ u"blocker delivery.upc.missing #0"_s, u"blocker delivery.artwork.missing #0"_s,
                u"blocker delivery.isrc.missing #1"_s, u"impossible delivery.master.missing #2"_s }));
        QCOMPARE(issues.at(2).subject, u"Harbour Lights"_s);
        QVERIFY(!issues.at(3).fix.isEmpty());
        for (const PreflightIssue &issue : issues)
            QVERIFY2(preflightRuleIds().contains(issue.ruleId), qPrintable(issue.ruleId));

        // Every delivery check leads to the place of its fix (tst_fixlinks follows each there).
        for (const QString &ruleId : preflightRuleIds())
            QVERIFY2(FixTargets::contains(ruleId), qPrintable(ruleId));

        DeliveryRelease empty;
        const QList<PreflightIssue> none = preflight(empty, *profile(u"distributor"_s));
        QVERIFY(find(none, u"delivery.tracks.missing"_s, 0));
        QCOMPARE(find(none, u"delivery.tracks.missing"_s, 0)->level, IssueLevel::Impossible);
    }

    // A file the package would take that is not in the library (a drive not connected): said
    // before the export, which would stop at it, and named with its track.
    void aFileMissingFromTheLibraryBlocks()
    {
        DeliveryRelease release = cleanRelease();
        release.missingFiles = { u"master/2.flac"_s, u"stem/2.flac"_s }; // a stem: not in this profile
        const QList<PreflightIssue> issues = preflight(release, *profile(u"distributor"_s));
        QCOMPARE(describeAll(issues), QStringList({ u"impossible delivery.file.missing #2"_s }));
        QVERIFY(issues.first().message.contains(u"2.flac"_s));
        QVERIFY(issues.first().fix.contains(u"Import Folder"_s));
    }

    // Only a vocal track needs an instrumental: while Vocals is not set, the preflight asks for
    // that (once, with the readiness rule's line left out), not for an instrumental.
    void anInstrumentalIsAskedOfVocalTracksOnly()
    {
        DeliveryRelease release = cleanRelease();
        release.tracks.removeLast();
        DeliveryTrack &track = release.tracks[0];
        const auto linesFor = [&](int hasVocals) {
            track.hasVocals = hasVocals;
            track.facts->hasVocals = hasVocals;
            return describeAll(preflight(release, *profile(u"sync"_s)));
        };
        // A stem named like a voice makes the audio check ask for an instrumental too: said once.
        VersionFileFacts vocals;
        vocals.name = u"vocals"_s;
        track.stems.stems.append(vocals);
        QStringList lines = linesFor(-1);
        QVERIFY2(lines.contains(u"blocker delivery.vocals.unknown #1"_s), qPrintable(lines.join(u", ")));
        QVERIFY(!lines.contains(u"blocker sync.vocals.unknown #1"_s));
        QVERIFY(!lines.contains(u"blocker delivery.instrumental.missing #1"_s));
        QVERIFY2(!lines.contains(u"blocker quality.instrumental #1"_s), qPrintable(lines.join(u", ")));
        QVERIFY(find(preflight(release, *profile(u"sync"_s)), u"delivery.vocals.unknown"_s, 1)
                    ->fix.contains(u"Vocals"_s));
        lines = linesFor(0);
        QVERIFY(!lines.contains(u"blocker delivery.vocals.unknown #1"_s));
        QVERIFY(!lines.contains(u"blocker delivery.instrumental.missing #1"_s));
        lines = linesFor(1);
        QVERIFY(!lines.contains(u"blocker delivery.vocals.unknown #1"_s));
        QVERIFY(lines.contains(u"blocker delivery.instrumental.missing #1"_s));
        // A streaming delivery asks for no instrumental, so Vocals does not matter there.
        track.hasVocals = track.facts->hasVocals = -1;
        QVERIFY(!find(preflight(release, *profile(u"distributor"_s)), u"delivery.vocals.unknown"_s, 1));
    }

    void readinessBlockersBlockAndTheUsesWarningsWarn()
    {
        DeliveryRelease release = cleanRelease();
        TrackFacts &harbour = *release.tracks[0].facts;
        harbour.provenance.edit().origin = u"ai_generated"_s;
        harbour.provenance.edit().tool = u"Suno"_s;
        harbour.provenance.edit().plan = u"Free"_s;
        harbour.provenance.edit().generatedOn = QDate(2025, 6, 1);
        harbour.terms = ToolTermsFact { 1, u"Suno"_s, u"Free"_s, false, u"vendor"_s, QDate(2026, 1, 15),
            QDate(2023, 12, 20), {}, u"confirmed"_s, true };
        harbour.toolKnownSince = QDate(2023, 12, 20);
        harbour.credits.append({ 2, u"Suno"_s, u"Vocalist"_s, true });
        // The release date is close: a streaming warning for every track, said once.
        for (DeliveryTrack &track : release.tracks)
            track.facts->release.edit().releaseDate = today.addDays(10);

        const QList<PreflightIssue> issues = preflight(release, *profile(u"distributor"_s));
        const PreflightIssue *commercial = find(issues, u"streaming.commercial.not_allowed"_s, 1);
        QVERIFY2(commercial, qPrintable(describeAll(issues).join(u", ")));
        QCOMPARE(commercial->level, IssueLevel::Blocker);
        QCOMPARE(commercial->subject, u"Harbour Lights"_s);
        QVERIFY(commercial->message.contains(u"Suno"_s));
        QVERIFY(!commercial->fix.isEmpty());
        const PreflightIssue *tight = find(issues, u"streaming.date.tight"_s, 0);
        QVERIFY(tight);
        QCOMPARE(tight->level, IssueLevel::Warning);
        QCOMPARE(issues.count(*tight), 1);
        // Lower levels' warnings speak of lower uses: not part of a streaming delivery.
        QVERIFY(!find(issues, u"content.terms.example"_s, 1));
        QVERIFY(!find(issues, u"content.terms.non_commercial"_s, 1));
        QCOMPARE(issues.size(), 2);
        // Release first, then the tracks; within each, blockers before warnings.
        QCOMPARE(issues.first().trackId, 0);
    }

    void whatADeliveryCheckSaysIsNotRepeated()
    {
        DeliveryRelease release = cleanRelease();
        release.release.upc.clear();
        release.tracks[1].isrc.clear();
        for (DeliveryTrack &track : release.tracks) {
            track.facts->release.edit().upc.clear();
            track.facts->release.edit().pLine.clear();
        }
        release.tracks[1].facts->isrc.clear();
        const QList<PreflightIssue> issues = preflight(release, *profile(u"distributor"_s));
        QCOMPARE(describeAll(issues),
            QStringList({ u"blocker delivery.upc.missing #0"_s, u"blocker streaming.pline.missing #0"_s,
                u"blocker delivery.isrc.missing #2"_s }));
        // The sync profile asks for no UPC of its own: the readiness rule says it then.
        const QList<PreflightIssue> sync = preflight(release, *profile(u"sync"_s));
        QVERIFY(find(sync, u"streaming.upc.missing"_s, 0));
        QVERIFY(!find(sync, u"delivery.upc.missing"_s, 0));
    }

    void audioFailuresBlockWarningsWarnAndUncheckedAudioBlocks()
    {
        DeliveryRelease release = cleanRelease();
        release.tracks[0].analysis.reset();
        release.tracks[0].facts->qualityVerdicts.clear();
        AnalysisFacts &clipping = *release.tracks[1].analysis;
        clipping.clipRuns = 14;
        clipping.clippedSamples = 60;
        clipping.truePeakDbtp = 0.4;
        clipping.trailingSilenceSeconds = 12;
        release.tracks[1].facts->qualityVerdicts[u"streaming"_s] = u"fail: Clipping 14 runs"_s;
        const QList<PreflightIssue> issues = preflight(release, *profile(u"distributor"_s));
        QStringList lines = describeAll(issues);
        QCOMPARE(lines,
            QStringList({ u"blocker quality.notAnalysed #1"_s, u"blocker quality.clipping #2"_s,
                u"warning quality.trailingSilence #2"_s, u"warning quality.truePeak #2"_s }));
        QVERIFY(issues.at(0).message.contains(u"not been analysed"_s));
        QVERIFY(issues.at(1).message.contains(u"Clipping"_s));
        QVERIFY(issues.at(1).message.contains(u"Streaming"_s));
        QVERIFY(!issues.at(3).fix.isEmpty());
        // Each line is shown on the Quality page under the profile that judged it.
        QCOMPARE(issues.at(0).qualityProfile, u"streaming"_s);
        QCOMPARE(issues.at(1).qualityProfile, u"streaming"_s);
        // The readiness summaries of the same checks are not repeated.
        for (const PreflightIssue &issue : issues)
            QVERIFY(!issue.ruleId.contains(u".audio."_s));
    }

    void theSyncProfileJudgesItsOwnAudioAndKeepsOneLinePerCheck()
    {
        DeliveryRelease release = cleanRelease();
        release.tracks.removeLast();
        DeliveryTrack &track = release.tracks[0];
        track.hasVocals = 0;
        track.facts->hasVocals = 0;
        AnalysisFacts &master = *track.analysis;
        master.clipRuns = 3; // fails streaming and sync alike: one line
        const QList<PreflightIssue> issues = preflight(release, *profile(u"sync"_s));
        const QStringList lines = describeAll(issues);
        QCOMPARE(lines.count(u"blocker quality.clipping #1"_s), 1);
        // 44.1 kHz/16-bit: the package's own check says it, the audio check of the same is left out.
        QVERIFY2(lines.contains(u"blocker delivery.master.sample_rate #1"_s), qPrintable(lines.join(u", ")));
        QVERIFY(!lines.contains(u"blocker quality.sampleRate #1"_s));
        QVERIFY(!lines.contains(u"blocker quality.bitDepth #1"_s));
        QVERIFY(lines.contains(u"blocker delivery.stems.missing #1"_s));
        QVERIFY(!lines.contains(u"blocker sync.stems.missing #1"_s));
        QVERIFY(!lines.contains(u"blocker sync.bpm.missing #1"_s)); // the facts have a BPM
    }

    // A readiness finding about the track's work or a writer is fixed on that record: the
    // preflight carries its id (the fix link would otherwise select the release's id there).
    void aWorksOrAPartysFindingNamesItsRecord()
    {
        DeliveryRelease release = cleanRelease();
        release.tracks.removeLast();
        TrackFacts &facts = *release.tracks[0].facts;
        facts.workId = 77;
        facts.workShares.first().ipi.clear(); // the writer's IPI is missing: fixed on the party
        const QList<PreflightIssue> issues = preflight(release, *profile(u"sync"_s));
        const PreflightIssue *publisher = find(issues, u"sync.publisher.missing"_s, 1);
        QVERIFY2(publisher, qPrintable(describeAll(issues).join(u", ")));
        QCOMPARE(publisher->recordId, 77);
        const PreflightIssue *writer = find(issues, u"sync.writers.pro_ipi"_s, 1);
        QVERIFY2(writer, qPrintable(describeAll(issues).join(u", ")));
        QCOMPARE(writer->recordId, 1); // Mara Vell's party
        // A track's own finding needs no record of its own.
        const PreflightIssue *stems = find(issues, u"delivery.stems.missing"_s, 1);
        QVERIFY(stems);
        QCOMPARE(stems->recordId, 0);
    }

    // A finding about one of several uploaded inputs leads to that input's row on the Deliveries
    // page too, not to the rule's first input.
    void anInputsFindingKeepsItsOwnPlace()
    {
        DeliveryRelease release = cleanRelease();
        release.tracks.removeLast();
        TrackFacts &facts = *release.tracks[0].facts;
        facts.inputs.append({ 4, u"audio"_s, u"a demo"_s, 0, {}, u"own"_s, 0 });
        facts.inputs.append({ 9, u"lyrics"_s, u"a poem"_s, 0, u"Ada Quill"_s, u"not_permitted"_s, 0 });
        const QList<PreflightIssue> issues = preflight(release, *profile(u"distributor"_s));
        const PreflightIssue *input = find(issues, u"streaming.input.not_permitted"_s, 1);
        QVERIFY2(input, qPrintable(describeAll(issues).join(u", ")));
        QCOMPARE(input->fixTab, u"provenance"_s);
        QCOMPARE(input->fixField, u"inputEntry_9/inputEntryPermission"_s);
        // The package's own checks have their rule's place.
        release.tracks[0].isrc.clear();
        const QList<PreflightIssue> again = preflight(release, *profile(u"distributor"_s));
        const PreflightIssue *isrc = find(again, u"delivery.isrc.missing"_s, 1);
        QVERIFY(isrc);
        QVERIFY(isrc->fixTab.isEmpty() && isrc->fixField.isEmpty());
    }

    void withoutVerdictsOnlyTheFilesAreJudged()
    {
        DeliveryRelease release = cleanRelease();
        release.verdictsLoaded = false;
        release.tracks[0].analysis.reset();
        release.tracks[0].facts->provenance.reset();
        QVERIFY(preflight(release, *profile(u"distributor"_s)).isEmpty());
    }

    void levelsHaveKeysAndRecordableLeavesTheImpossibleOut()
    {
        for (IssueLevel level : { IssueLevel::Impossible, IssueLevel::Blocker, IssueLevel::Warning })
            QCOMPARE(levelFromKey(levelKey(level)), level);
        QVERIFY(!levelFromKey(u"blocking"_s));
        const QList<PreflightIssue> issues { { IssueLevel::Impossible, u"delivery.master.missing"_s, 3 },
            { IssueLevel::Blocker, u"quality.clipping"_s, 2 },
            { IssueLevel::Warning, u"quality.truePeak"_s, 2 } };
        QCOMPARE(recordable(issues).size(), 2);
        QVERIFY(hasLevel(issues, IssueLevel::Impossible));
        QVERIFY(!hasLevel(recordable(issues), IssueLevel::Impossible));
    }
};

QTEST_GUILESS_MAIN(TestPreflight)
#include "tst_preflight.moc"
