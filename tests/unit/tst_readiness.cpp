// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "ReadinessCases.h"
#include "rights/FixTargets.h"
#include "rights/Readiness.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace Imprint;
using namespace Imprint::Readiness;
using Imprint::Test::Mutation;
using Imprint::Test::readyFacts;
using Imprint::Test::RuleCase;
using Imprint::Test::ruleCases;

namespace
{

const QDate &today = Test::readinessToday;

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
        facts.terms.edit().commercialUse = false;
        facts.terms.edit().plan = u"Basic (free)"_s;
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

    void aCommercialLicenceLiftsTheNonCommercialWarning()
    {
        // Its fix: "attach a commercial licence as a cleared AI tool licence item".
        TrackFacts facts = readyFacts();
        facts.terms.edit().commercialUse = false;
        QVERIFY(ruleIds(check(facts, Use::ContentCreation)).contains(u"content.terms.non_commercial"_s));
        facts.clearances.append({ 7, u"ai_tool_licence"_s, u"cleared"_s, 2, u"Suno"_s, 106, {}, {}, {} });
        facts.documents.insert(106, { 106, u"Documents/licence.pdf"_s, true, false });
        QVERIFY(!ruleIds(check(facts, Use::ContentCreation)).contains(u"content.terms.non_commercial"_s));
        QVERIFY(!ruleIds(check(facts, Use::Streaming)).contains(u"streaming.commercial.not_allowed"_s));
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
        facts.provenance.edit().generatedOn = {};
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

    // "Attach it again where it was attached": the link goes to the tab that holds the slot.
    void aDocumentsFixLeadsWhereItIsAttached()
    {
        TrackFacts facts = readyFacts();
        facts.provenance.edit().voiceLikeness = u"consent_given"_s;
        facts.provenance.edit().voiceConsentAssetId = 106;
        facts.documents.insert(106, { 106, u"Documents/106.pdf"_s, true, true });
        for (qint64 id : { 101, 103, 105 })
            facts.documents[id].present = false;
        QHash<QString, std::pair<QString, QString>> places;
        for (const Finding &finding : check(facts, Use::ContentCreation)) {
            if (finding.ruleId.startsWith(u"content.document."))
                places.insert(finding.message, { finding.fixTab, finding.fixField });
        }
        const auto placeOf = [&](qint64 id) {
            for (auto it = places.cbegin(); it != places.cend(); ++it) {
                if (it.key().contains(u"Documents/%1.pdf"_s.arg(id)))
                    return it.value();
            }
            return std::pair { u"not found"_s, QString() };
        };
        QCOMPARE(places.size(), 4);
        QCOMPARE(placeOf(101), std::pair(u"people"_s, QString())); // a contribution's evidence
        QCOMPARE(
            placeOf(103), std::pair(u"clearance"_s, u"clearanceItem_1/clearanceDocument"_s)); // an item's
        QCOMPARE(placeOf(105),
            std::pair(u"provenance"_s, u"inputEntry_2/inputEntryPermission"_s)); // input 2's licence
        QCOMPARE(placeOf(106), std::pair(u"provenance"_s, u"provenanceVoiceField"_s)); // the voice consent
        // An input's own finding leads to its row, not to the first input's.
        const QList<Finding> streaming = check(facts, Use::Streaming);
        const Finding *licence = findingOf(streaming, u"streaming.input.licence_missing"_s);
        QVERIFY(licence);
        QCOMPARE(licence->fixField, u"inputEntry_2/inputEntryPermission"_s);
    }

    // A rule that asks for a cleared item with its document leads to the item the track has
    // already (its status, its document, or Edit… for its dates), and to Add… only when there is
    // none: a second item would not settle the first.
    void anItemsFindingLeadsToThatItem()
    {
        const auto placeOf = [](const TrackFacts &facts, const QString &ruleId) {
            for (Use use : allUses) {
                for (const Finding &finding : check(facts, use)) {
                    if (finding.ruleId == ruleId)
                        return std::pair(finding.fixTab, finding.fixField);
                }
            }
            return std::pair(u"no finding"_s, QString());
        };
        TrackFacts facts = readyFacts();
        facts.documents[103].present = false; // the split sheet of publishing item 1
        QCOMPARE(placeOf(facts, u"commercial.split_sheet.missing"_s),
            std::pair(u"clearance"_s, u"clearanceItem_1/clearanceDocument"_s));
        QCOMPARE(placeOf(facts, u"sync.clearance.open"_s),
            std::pair(u"clearance"_s, u"clearanceItem_1/clearanceDocument"_s));
        // Of several items of the kind, the cleared one, not one marked "not needed" or still open.
        facts.clearances.prepend({ 11, u"publishing"_s, u"not_needed"_s, 0, {}, 0, {}, {}, {} });
        facts.clearances.prepend({ 12, u"publishing"_s, u"requested"_s, 0, {}, 0, {}, {}, {} });
        QCOMPARE(placeOf(facts, u"commercial.split_sheet.missing"_s),
            std::pair(u"clearance"_s, u"clearanceItem_1/clearanceDocument"_s));
        facts = readyFacts();
        facts.clearances[0].status = u"requested"_s;
        QCOMPARE(placeOf(facts, u"commercial.split_sheet.missing"_s),
            std::pair(u"clearance"_s, u"clearanceItem_1/clearanceStatus"_s));
        facts.clearances[0].status = u"cleared"_s;
        facts.clearances[0].validUntil = today.addDays(-1);
        QCOMPARE(placeOf(facts, u"commercial.split_sheet.missing"_s),
            std::pair(u"clearance"_s, u"clearanceItem_1/editClearanceButton"_s));
        facts.clearances.removeFirst(); // none: the rule's own place, Add…
        QCOMPARE(placeOf(facts, u"commercial.split_sheet.missing"_s), std::pair(QString(), QString()));
        QCOMPARE(FixTargets::target(u"commercial.split_sheet.missing"_s).field, u"addClearance"_s);

        // A cleared item of a kind the rules count only with its document says that it waits
        // for it (the Clearance tab shows it instead of "Settled").
        facts = readyFacts();
        QVERIFY(!needsItsDocument(facts, facts.clearances[0]));
        facts.documents[103].present = false;
        QVERIFY(needsItsDocument(facts, facts.clearances[0]));
        facts.clearances.append({ 9, u"sample"_s, u"cleared"_s, 5, u"Loop Co"_s, 0, {}, {}, {} });
        QVERIFY(!needsItsDocument(facts, facts.clearances.last())); // a sample's document is optional
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
