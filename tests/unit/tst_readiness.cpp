// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "rights/FixTargets.h"
#include "rights/Readiness.h"
#include "rights/ReadinessSummary.h"

#include <QtTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace Imprint;
using namespace Imprint::Readiness;

namespace
{

const QDate today(2026, 3, 2);

// A track every rule is happy with: AI-assisted on a paid plan, fully documented, all audio
// checks passed. Each test breaks one fact and expects exactly its rule to fire.
TrackFacts readyFacts()
{
    TrackFacts f;
    f.today = today;
    f.trackId = 1;
    f.title = u"Glass Harbour"_s;
    f.isrc = u"GBXYZ2600001"_s;
    f.hasVocals = 1;
    f.bpm = 96;
    f.key = u"A minor"_s;
    f.mood = u"wistful"_s;
    f.release = ReleaseFacts { 10, u"Glass Harbour"_s, u"single"_s, u"4006381333931"_s, today.addDays(40),
        u"scheduled"_s, u"Tidewater"_s, u"Electronic"_s, u"en"_s, u"℗ 2026 Tidewater"_s,
        u"© 2026 Tidewater"_s, 0, 20, u"JPEG"_s, 3000, 3000 };
    f.credits = { { 1, u"Mara Vell"_s, u"MainArtist"_s, false }, { 2, u"Suno"_s, u"Vocalist"_s, true } };
    f.masterShares = { { 1, u"Mara Vell"_s, 10'000 } };
    f.hasWork = true;
    f.workTitle = u"Glass Harbour"_s;
    f.workShares = { { 1, u"Mara Vell"_s, u"ComposerLyricist"_s, 5'000, u"GEMA"_s, u"00014107338"_s },
        { 3, u"Vell Songs"_s, u"OriginalPublisher"_s, 5'000, u"GEMA"_s, u"00014107338"_s } };
    ProvenanceFacts p;
    p.origin = u"ai_assisted"_s;
    p.tool = u"Suno"_s;
    p.modelVersion = u"v4.5"_s;
    p.plan = u"Pro"_s;
    p.paidAtGeneration = 1;
    p.generatedOn = QDate(2025, 6, 1);
    p.songId = u"abc-123"_s;
    p.prompt = u"wistful synth ballad"_s;
    p.stems = u"native"_s;
    f.provenance = p;
    f.terms = ToolTermsFact { 1, u"Suno"_s, u"Pro"_s, true, u"user"_s, QDate(2026, 1, 15),
        QDate(2023, 12, 20), {}, u"confirmed"_s, false };
    f.terms->paid = 1;
    f.toolKnownSince = QDate(2023, 12, 20);
    // Uploaded to the tool: her own vocal demo, and a licensed drum loop with its licence.
    f.inputs = { { 1, u"audio"_s, u"vocal demo"_s, 1, u"Mara Vell"_s, u"own"_s, 0 },
        { 2, u"audio"_s, u"drum loop"_s, 5, u"Loop Co"_s, u"licensed"_s, 105 } };
    f.contributions = { { u"lyrics"_s, u"Mara Vell"_s, { 101 } }, { u"mix"_s, u"Mara Vell"_s, { 102 } } };
    // Vell Songs holds publishing; the split sheet with them settles one-stop.
    f.clearances = { { 1, u"publishing"_s, u"cleared"_s, 3, u"Vell Songs"_s, 103, u"World"_s, {}, {} },
        { 2, u"master_ownership"_s, u"cleared"_s, 1, u"Mara Vell"_s, 104, u"World"_s, {}, {} } };
    f.hasMaster = true;
    f.hasInstrumental = true;
    f.stemCount = 4;
    f.cutdownCount = 2;
    for (qint64 id : { 101, 102, 103, 104, 105 })
        f.documents.insert(id, { id, u"Documents/%1.pdf"_s.arg(id), true, false });
    f.qualityVerdicts = { { u"content"_s, u"pass"_s }, { u"streaming"_s, u"pass"_s },
        { u"sync"_s, u"pass"_s }, { u"stems"_s, u"pass"_s } };
    return f;
}

QStringList ruleIds(const QList<Finding> &findings)
{
    QStringList ids;
    for (const Finding &finding : findings)
        ids.append(finding.ruleId);
    return ids;
}

const Finding *findingOf(const QList<Finding> &findings, const QString &ruleId)
{
    for (const Finding &finding : findings) {
        if (finding.ruleId == ruleId)
            return &finding;
    }
    return nullptr;
}

using Mutation = std::function<void(TrackFacts &)>;

struct RuleCase {
    const char *rule;
    Use use;
    Severity severity;
    Mutation mutate;
};

// One case per rule: the fact of readyFacts() to break for it to fire.
QList<RuleCase> ruleCases()
{
    QList<RuleCase> cases;
    const auto row = [&cases](const char *rule, Use use, Severity severity, Mutation mutate) {
        cases.append({ rule, use, severity, std::move(mutate) });
    };
    constexpr auto C = Use::ContentCreation;
    constexpr auto S = Use::Streaming;
    constexpr auto Y = Use::Sync;
    constexpr auto M = Use::Commercial;
    constexpr auto B = Severity::Blocker;
    constexpr auto W = Severity::Warning;
    constexpr auto U = Severity::Unknown;

    // Content creation
    row("content.licence.missing", C, B, [](TrackFacts &f) { f.provenance.reset(); });
    row("content.licence.tool_missing", C, B, [](TrackFacts &f) { f.provenance->plan.clear(); });
    row("content.licence.date_missing", C, B, [](TrackFacts &f) { f.provenance->generatedOn = {}; });
    row("content.terms.before_tool", C, B,
        [](TrackFacts &f) { f.provenance->generatedOn = QDate(2021, 5, 1); });
    row("content.terms.unknown", C, B, [](TrackFacts &f) { f.terms.reset(); });
    row("content.terms.non_commercial", C, W, [](TrackFacts &f) { f.terms->commercialUse = false; });
    row("content.terms.example", C, W, [](TrackFacts &f) { f.terms->example = true; });
    row("content.terms.paid_mismatch", C, W, [](TrackFacts &f) { f.provenance->paidAtGeneration = 0; });
    row("content.voice.no_consent", C, B,
        [](TrackFacts &f) { f.provenance->voiceLikeness = u"no_consent"_s; });
    row("content.voice.consent_document", C, B,
        [](TrackFacts &f) { f.provenance->voiceLikeness = u"consent_given"_s; });
    row("content.master.missing", C, B, [](TrackFacts &f) { f.hasMaster = false; });
    row("content.audio.not_checked", C, U, [](TrackFacts &f) { f.qualityVerdicts.clear(); });
    row("content.audio.failed", C, B,
        [](TrackFacts &f) { f.qualityVerdicts[u"content"_s] = u"fail: does not decode"_s; });
    row("content.document.vanished", C, W, [](TrackFacts &f) { f.documents[101].present = false; });
    row("content.document.changed", C, W, [](TrackFacts &f) { f.documents[101].changed = true; });

    // Streaming release
    row("streaming.commercial.not_allowed", S, B, [](TrackFacts &f) { f.terms->commercialUse = false; });
    row("streaming.audio.not_checked", S, U, [](TrackFacts &f) { f.qualityVerdicts.remove(u"streaming"_s); });
    row("streaming.audio.failed", S, B,
        [](TrackFacts &f) { f.qualityVerdicts[u"streaming"_s] = u"fail: clipping"_s; });
    row("streaming.isrc.missing", S, B, [](TrackFacts &f) { f.isrc.clear(); });
    row("streaming.isrc.invalid", S, B, [](TrackFacts &f) { f.isrc = u"GB-XYZ-26"_s; });
    row("streaming.isrc.duplicate", S, B, [](TrackFacts &f) { f.isrcDuplicate = true; });
    row("streaming.release.missing", S, B, [](TrackFacts &f) { f.release.reset(); });
    row("streaming.upc.missing", S, B, [](TrackFacts &f) { f.release->upc.clear(); });
    row("streaming.upc.invalid", S, B, [](TrackFacts &f) { f.release->upc = u"4006381333932"_s; });
    row("streaming.artwork.missing", S, B, [](TrackFacts &f) { f.release->artworkAssetId = 0; });
    row("streaming.artwork.not_square", S, B, [](TrackFacts &f) { f.release->artworkHeight = 3200; });
    row("streaming.artwork.too_small", S, B, [](TrackFacts &f) {
        f.release->artworkWidth = 1400;
        f.release->artworkHeight = 1400;
    });
    row("streaming.artwork.format", S, B, [](TrackFacts &f) { f.release->artworkFormat = u"TIFF"_s; });
    row("streaming.pline.missing", S, B, [](TrackFacts &f) { f.release->pLine.clear(); });
    row("streaming.pline.year", S, B, [](TrackFacts &f) { f.release->pLine = u"℗ Tidewater"_s; });
    row("streaming.cline.missing", S, B, [](TrackFacts &f) { f.release->cLine.clear(); });
    row("streaming.cline.year", S, B, [](TrackFacts &f) { f.release->cLine = u"© Tidewater"_s; });
    row("streaming.label.missing", S, B, [](TrackFacts &f) { f.release->label.clear(); });
    row("streaming.genre.missing", S, B, [](TrackFacts &f) { f.release->genre.clear(); });
    row("streaming.language.missing", S, B, [](TrackFacts &f) { f.release->language.clear(); });
    row("streaming.explicit.missing", S, B, [](TrackFacts &f) { f.release->explicitContent = -1; });
    row("streaming.date.missing", S, B, [](TrackFacts &f) { f.release->releaseDate = {}; });
    row("streaming.date.too_soon", S, B, [](TrackFacts &f) { f.release->releaseDate = today.addDays(6); });
    row("streaming.date.tight", S, W, [](TrackFacts &f) { f.release->releaseDate = today.addDays(7); });
    row("streaming.credits.main_artist", S, B, [](TrackFacts &f) { f.credits.removeFirst(); });
    row("streaming.credits.ai_undisclosed", S, B, [](TrackFacts &f) { f.credits[1].aiUsed = false; });
    row("streaming.master_splits.incomplete", S, B,
        [](TrackFacts &f) { f.masterShares[0].basisPoints = 9'999; });
    row("streaming.work.missing", S, B, [](TrackFacts &f) {
        f.hasWork = false;
        f.workShares.clear();
    });
    row("streaming.publishing_splits.incomplete", S, B,
        [](TrackFacts &f) { f.workShares[1].basisPoints = 4'000; });
    row("streaming.cover.mechanical_licence", S, B, [](TrackFacts &f) { f.provenance->isCover = true; });
    row("streaming.input.not_permitted", S, B,
        [](TrackFacts &f) { f.inputs[1].permission = u"not_permitted"_s; });
    row("streaming.input.licence_missing", S, B, [](TrackFacts &f) { f.documents[105].present = false; });
    row("streaming.input.permission_unknown", S, B,
        [](TrackFacts &f) { f.inputs[0].permission = u"unknown"_s; });

    // Sync licensing
    row("sync.one_stop.master", Y, B, [](TrackFacts &f) {
        f.masterShares = { { 1, u"Mara Vell"_s, 6'000 }, { 4, u"Jon Reyes"_s, 4'000 } };
    });
    row("sync.one_stop.publishing", Y, B, [](TrackFacts &f) { f.clearances.removeFirst(); });
    row("sync.audio.not_checked", Y, U, [](TrackFacts &f) { f.qualityVerdicts.remove(u"sync"_s); });
    row("sync.audio.failed", Y, B,
        [](TrackFacts &f) { f.qualityVerdicts[u"sync"_s] = u"fail: 44.1 kHz, needs 48 kHz"_s; });
    row("sync.vocals.unknown", Y, B, [](TrackFacts &f) { f.hasVocals = -1; });
    row("sync.instrumental.missing", Y, B, [](TrackFacts &f) { f.hasInstrumental = false; });
    row("sync.stems.missing", Y, B, [](TrackFacts &f) { f.stemCount = 0; });
    row("sync.stems.not_checked", Y, U, [](TrackFacts &f) { f.qualityVerdicts.remove(u"stems"_s); });
    row("sync.stems.failed", Y, B,
        [](TrackFacts &f) { f.qualityVerdicts[u"stems"_s] = u"fail: residual -22 dB"_s; });
    row("sync.cutdowns.missing", Y, W, [](TrackFacts &f) { f.cutdownCount = 0; });
    row("sync.bpm.missing", Y, B, [](TrackFacts &f) { f.bpm = 0; });
    row("sync.key.missing", Y, B, [](TrackFacts &f) { f.key.clear(); });
    row("sync.mood.missing", Y, B, [](TrackFacts &f) { f.mood.clear(); });
    row("sync.writers.pro_ipi", Y, B, [](TrackFacts &f) { f.workShares[0].ipi = u"123"_s; });
    row("sync.publisher.missing", Y, W, [](TrackFacts &f) { f.workShares[1].role = u"Composer"_s; });
    row("sync.clearance.open", Y, B, [](TrackFacts &f) {
        f.clearances.append({ 9, u"sample"_s, u"pending"_s, 5, u"Loop Co"_s, 0, {}, {}, {} });
    });
    row("sync.clearance.invalid_dates", Y, B, [](TrackFacts &f) {
        f.clearances.append(
            { 9, u"sample"_s, u"cleared"_s, 5, u"Loop Co"_s, 0, {}, QDate(2026, 5, 1), QDate(2026, 4, 1) });
    });
    row("sync.provenance.incomplete", Y, B, [](TrackFacts &f) { f.provenance->songId.clear(); });

    // Commercial placement
    row("commercial.human.missing", M, B, [](TrackFacts &f) { f.contributions.clear(); });
    row("commercial.human.evidence", M, B,
        [](TrackFacts &f) { f.contributions[0].evidenceAssetIds.clear(); });
    row("commercial.ownership.licensed_only", M, B, [](TrackFacts &f) {
        f.terms->ownership = u"licensed"_s;
        f.clearances.removeLast();
    });
    row("commercial.split_sheet.missing", M, B, [](TrackFacts &f) { f.documents[103].present = false; });
    row("commercial.master_agreement.missing", M, B,
        [](TrackFacts &f) { f.clearances[1].status = u"pending"_s; });
    row("commercial.clearance.expiring", M, B,
        [](TrackFacts &f) { f.clearances[1].validUntil = today.addDays(200); });
    return cases;
}

} // namespace

Q_DECLARE_METATYPE(Mutation)
Q_DECLARE_METATYPE(Imprint::Readiness::Use)
Q_DECLARE_METATYPE(Imprint::Readiness::Severity)

class TestReadiness : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aFullyDocumentedTrackIsReadyForEveryUse()
    {
        const TrackReadiness result = evaluate(readyFacts());
        for (const UseResult &level : result.uses) {
            QVERIFY2(level.verdict == Verdict::Ready,
                qPrintable(useKey(level.use) + u": "_s + ruleIds(level.findings).join(u", "_s)));
            QVERIFY(level.previousLevelReady);
            QVERIFY(ruleIds(level.findings).isEmpty());
        }
    }

    void eachRuleFiresOnlyWhenItsFactIsWrong_data()
    {
        QTest::addColumn<Mutation>("mutate");
        QTest::addColumn<Use>("use");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<Severity>("severity");
        for (const RuleCase &c : ruleCases())
            QTest::newRow(c.rule) << c.mutate << c.use << QString::fromLatin1(c.rule) << c.severity;
    }

    void eachRuleFiresOnlyWhenItsFactIsWrong()
    {
        QFETCH(Mutation, mutate);
        QFETCH(Use, use);
        QFETCH(QString, rule);
        QFETCH(Severity, severity);
        const TrackFacts good = readyFacts();
        QVERIFY(!ruleIds(check(good, use)).contains(rule));
        TrackFacts bad = readyFacts();
        mutate(bad);
        const QList<Finding> findings = check(bad, use);
        const Finding *finding = findingOf(findings, rule);
        QVERIFY2(finding, qPrintable(u"fired instead: "_s + ruleIds(findings).join(u", "_s)));
        QCOMPARE(int(finding->severity), int(severity));
        QVERIFY(!finding->message.isEmpty());
        QVERIFY(!finding->fix.isEmpty());
        // The verdict follows the severity: a blocker blocks, an unknown never says "ready".
        const Verdict verdict = evaluate(bad)[use].verdict;
        if (severity == Severity::Blocker)
            QCOMPARE(verdict, Verdict::Blocked);
        else if (severity == Severity::Unknown)
            QVERIFY(verdict != Verdict::Ready);
    }

    void uploadedInputsNeedAnOwnerAndPermission()
    {
        // Public domain material has no owner to name; anything else without one is a gap in
        // the AI origin log, and someone else's material without permission blocks releasing.
        TrackFacts facts = readyFacts();
        facts.inputs.append({ 3, u"lyrics"_s, u"a folk song"_s, 0, {}, u"public_domain"_s, 0 });
        QVERIFY(ruleIds(check(facts, Use::Sync)).isEmpty());
        QCOMPARE(evaluate(facts)[Use::Commercial].verdict, Verdict::Ready);
        facts.inputs[2].permission = u"unknown"_s;
        const QList<Finding> sync = check(facts, Use::Sync);
        const Finding *incomplete = findingOf(sync, u"sync.provenance.incomplete"_s);
        QVERIFY(incomplete);
        QVERIFY2(
            incomplete->message.contains(u"owners of uploaded inputs"_s), qPrintable(incomplete->message));
        const Finding *unknownPermission
            = findingOf(check(facts, Use::Streaming), u"streaming.input.permission_unknown"_s);
        QVERIFY(unknownPermission);
        QVERIFY(unknownPermission->message.contains(u"a folk song"_s));
        QCOMPARE(evaluate(facts)[Use::Streaming].verdict, Verdict::Blocked);
        QCOMPARE(evaluate(facts)[Use::ContentCreation].verdict, Verdict::Ready);
    }

    void withoutAudioChecksNothingIsReady()
    {
        TrackFacts facts = readyFacts();
        facts.qualityVerdicts.clear();
        const TrackReadiness result = evaluate(facts);
        for (const UseResult &level : result.uses)
            QCOMPARE(level.verdict, Verdict::NotChecked);
        QVERIFY(result[Use::Streaming].findings.size() == 1);
        QCOMPARE(result[Use::Streaming].findings.first().ruleId, u"streaming.audio.not_checked"_s);
    }

    void aLevelIsNeverBetterThanTheOneBelow()
    {
        TrackFacts facts = readyFacts();
        facts.isrc.clear(); // streaming only
        const TrackReadiness result = evaluate(facts);
        QCOMPARE(result[Use::ContentCreation].verdict, Verdict::Ready);
        QCOMPARE(result[Use::Streaming].verdict, Verdict::Blocked);
        QCOMPARE(result[Use::Sync].verdict, Verdict::Blocked);
        QVERIFY(result[Use::Sync].findings.isEmpty());
        QVERIFY(!result[Use::Sync].previousLevelReady);
        QCOMPARE(result[Use::Commercial].verdict, Verdict::Blocked);
    }

    void aFreePlanTrackIsBlockedUntilALicenceIsAttached()
    {
        TrackFacts facts = readyFacts();
        facts.terms->commercialUse = false;
        facts.terms->plan = u"Basic (free)"_s;
        QCOMPARE(evaluate(facts)[Use::Streaming].verdict, Verdict::Blocked);
        // A licence item without its document proves nothing.
        facts.clearances.append({ 7, u"ai_tool_licence"_s, u"cleared"_s, 2, u"Suno"_s, 0, {}, {}, {} });
        QCOMPARE(evaluate(facts)[Use::Streaming].verdict, Verdict::Blocked);
        facts.clearances.last().documentAssetId = 105;
        facts.documents.insert(105, { 105, u"Documents/licence.pdf"_s, true, false });
        QCOMPARE(evaluate(facts)[Use::Streaming].verdict, Verdict::Ready);
        // The document changing on disk takes the licence away again.
        facts.documents[105].changed = true;
        QCOMPARE(evaluate(facts)[Use::Streaming].verdict, Verdict::Blocked);
    }

    void aSignedLicenceSettlesATakeWhoseTermsAreUnknown()
    {
        // The fix of content.terms.unknown offers the licence: attaching it must lift the blocker.
        TrackFacts facts = readyFacts();
        facts.terms.reset();
        QVERIFY(ruleIds(check(facts, Use::ContentCreation)).contains(u"content.terms.unknown"_s));
        facts.clearances.append({ 7, u"ai_tool_licence"_s, u"cleared"_s, 2, u"Suno"_s, 106, {}, {}, {} });
        facts.documents.insert(106, { 106, u"Documents/licence.pdf"_s, true, false });
        QVERIFY(!ruleIds(check(facts, Use::ContentCreation)).contains(u"content.terms.unknown"_s));
        QCOMPARE(evaluate(facts)[Use::Streaming].verdict, Verdict::Ready);
        facts.documents[106].present = false;
        QVERIFY(ruleIds(check(facts, Use::ContentCreation)).contains(u"content.terms.unknown"_s));
    }

    void settledMeansClearedWithinValidity()
    {
        const TrackFacts facts = readyFacts();
        ClearanceFact item { 1, u"sample"_s, u"cleared"_s, 5, u"Loop Co"_s, 0, {}, {}, {} };
        QVERIFY(isSettled(facts, item));
        item.validUntil = today.addDays(-1);
        QVERIFY(!isSettled(facts, item));
        item.validUntil = {};
        item.validFrom = today.addDays(1);
        QVERIFY(!isSettled(facts, item));
        item.validFrom = {};
        item.status = u"not_needed"_s;
        QVERIFY(isSettled(facts, item));
        item.status = u"requested"_s;
        QVERIFY(!isSettled(facts, item));
    }

    void whatItTakesListsLowerLevelsFirstWithoutWarnings()
    {
        TrackFacts facts = readyFacts();
        facts.provenance->generatedOn = {};
        facts.isrc.clear();
        facts.bpm = 0;
        facts.cutdownCount = 0; // a warning: not a step
        facts.contributions.clear(); // commercial: beyond sync
        const QStringList steps = ruleIds(whatItTakes(facts, Use::Sync));
        QCOMPARE(steps,
            (QStringList {
                u"content.licence.date_missing"_s, u"streaming.isrc.missing"_s, u"sync.bpm.missing"_s }));
        QVERIFY(whatItTakes(readyFacts(), Use::Commercial).isEmpty());
    }

    // Readiness::ruleIds() is every id the rules report: each case above fires one of them, and
    // each listed id has a case; every id has a place in the app to fix it (FixTargets).
    void everyRuleIsListedAndLeadsToItsFix()
    {
        QStringList tested;
        for (const RuleCase &c : ruleCases())
            tested.append(QString::fromLatin1(c.rule));
        QStringList listed = Readiness::ruleIds();
        QCOMPARE(listed.size(), QSet<QString>(listed.cbegin(), listed.cend()).size());
        std::sort(tested.begin(), tested.end());
        std::sort(listed.begin(), listed.end());
        QCOMPARE(tested, listed);
        for (const QString &id : std::as_const(listed))
            QVERIFY2(FixTargets::contains(id), qPrintable(id + u" has no fix target"_s));
    }

    // No id in the rules' sources escapes the list: a new rule cannot go without a fix target.
    void theRulesSourcesNameOnlyListedIds()
    {
        QStringList found;
        for (const char *name : { "ReadinessRules.cpp", "ReadinessStreaming.cpp", "ReadinessLicensing.cpp",
                 "ReadinessSupport.cpp", "Readiness.cpp" }) {
            QFile file(QStringLiteral(IMPRINT_RIGHTS_DIR) + u'/' + QLatin1StringView(name));
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
            static const QRegularExpression id(u"\"((content|streaming|sync|commercial)\\.[a-z_.]+)\""_s);
            for (const auto &match : id.globalMatch(QString::fromUtf8(file.readAll())))
                found.append(match.captured(1));
        }
        QVERIFY(found.size() > 60);
        for (const QString &id : std::as_const(found))
            QVERIFY2(
                Readiness::ruleIds().contains(id), qPrintable(id + u" is not in Readiness::ruleIds()"_s));
    }

    void aFixOnAPartyNamesTheParty()
    {
        TrackFacts facts = readyFacts();
        facts.workShares[1].ipi.clear();
        const Finding *finding = nullptr;
        const QList<Finding> findings = check(facts, Use::Sync);
        finding = findingOf(findings, u"sync.writers.pro_ipi"_s);
        QVERIFY(finding);
        QCOMPARE(finding->recordId, qint64(3)); // Vell Songs
        QCOMPARE(FixTargets::target(finding->ruleId).page, u"parties"_s);
        QCOMPARE(FixTargets::target(finding->ruleId).field, u"ipiField"_s);
    }

    // The matrix keeps only the summary of each track (issue 18): it must say what the full
    // evaluation says, verdict for verdict and finding for finding.
    void theSummaryCountsWhatTheEvaluationFinds()
    {
        TrackFacts facts = readyFacts();
        QCOMPARE(summarize(evaluate(facts)).highestReadyUse(), int(Use::Commercial));
        facts.mood.clear(); // a sync blocker
        facts.release->releaseDate = facts.today.addDays(7); // a streaming warning
        facts.qualityVerdicts.remove(u"stems"_s); // a sync check not run yet
        const TrackReadiness full = evaluate(facts);
        const TrackSummary summary = summarize(full);
        QCOMPARE(summary.trackId, full.trackId);
        for (size_t use = 0; use < full.uses.size(); ++use) {
            const UseResult &level = full.uses[use];
            QCOMPARE(summary.uses[use].verdict, level.verdict);
            int blockers = 0;
            int warnings = 0;
            for (const Finding &finding : level.findings)
                ++(finding.severity == Severity::Warning ? warnings : blockers);
            QCOMPARE(summary.uses[use].blockers, blockers);
            QCOMPARE(summary.uses[use].warnings, warnings);
        }
        QCOMPARE(summary.uses[size_t(Use::Streaming)].warnings, 1);
        QCOMPARE(summary.uses[size_t(Use::Sync)].blockers, 2);
        QCOMPARE(summary.highestReadyUse(), int(Use::Streaming));
        facts.isrc.clear();
        QCOMPARE(summarize(evaluate(facts)).highestReadyUse(), int(Use::ContentCreation));
        facts.provenance.reset();
        QCOMPARE(summarize(evaluate(facts)).highestReadyUse(), -1);
    }

    // Many tracks are judged on every core: each must get the summary it gets alone, in order.
    void manyTracksAreSummarisedAsEachAlone()
    {
        const QList<RuleCase> cases = ruleCases();
        QList<TrackFacts> tracks;
        for (int i = 0; i < 6000; ++i) {
            TrackFacts facts = readyFacts();
            facts.trackId = i + 1;
            cases.at(i % cases.size()).mutate(facts); // a different rule fires on each
            tracks.append(facts);
        }
        const QList<TrackSummary> all = summarizeAll(tracks);
        QCOMPARE(all.size(), tracks.size());
        QSet<int> highest;
        for (qsizetype i = 0; i < tracks.size(); ++i) {
            const TrackSummary alone = summarize(evaluate(tracks.at(i)));
            QCOMPARE(all.at(i).trackId, alone.trackId);
            for (size_t use = 0; use < alone.uses.size(); ++use) {
                QCOMPARE(all.at(i).uses[use].verdict, alone.uses[use].verdict);
                QCOMPARE(all.at(i).uses[use].blockers, alone.uses[use].blockers);
                QCOMPARE(all.at(i).uses[use].warnings, alone.uses[use].warnings);
            }
            highest.insert(alone.highestReadyUse());
        }
        QCOMPARE(highest.size(), 5); // every level, and none
        QVERIFY(summarizeAll({}).isEmpty());
    }

    void jsonNamesRulesAndVerdicts()
    {
        TrackFacts facts = readyFacts();
        facts.mood.clear();
        const QJsonObject json = toJson(evaluate(facts));
        QCOMPARE(json.value(u"trackId"_s).toInteger(), qint64(1));
        const QJsonObject sync = json.value(u"uses"_s).toObject().value(u"sync"_s).toObject();
        QCOMPARE(sync.value(u"verdict"_s).toString(), u"blocked"_s);
        QCOMPARE(sync.value(u"findings"_s).toArray().first().toObject().value(u"rule"_s).toString(),
            u"sync.mood.missing"_s);
    }
};

QTEST_GUILESS_MAIN(TestReadiness)
#include "tst_readiness.moc"
