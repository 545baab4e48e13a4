// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
// With the German translation loaded, what the models say is German: texts that were hidden
// from lupdate or looked up under another context than lupdate filed them under stayed English
// (issue 13). Each check names one such text.
#include "quality/QualityListModel.h"
#include "releases/ReleaseListModel.h"
#include "rights/QualityVerdicts.h"
#include "rights/Readiness.h"
#include "schedule/ScheduleTemplate.h"

#include <QCoreApplication>
#include <QTranslator>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace Imprint;

namespace
{

AnalysisFacts measured(qint64 clipRuns)
{
    AnalysisFacts f;
    f.container = u"WAV"_s;
    f.sampleRate = 48000;
    f.bitDepth = 24;
    f.channels = 2;
    f.durationSeconds = 180;
    f.integratedLufs = -14;
    f.loudnessRangeLu = 6;
    f.samplePeakDbfs = -2;
    f.truePeakDbtp = -1.5;
    f.leadingSilenceSeconds = 0.01;
    f.clipRuns = clipRuns;
    f.clippedSamples = clipRuns * 4;
    f.firstClipSeconds = clipRuns > 0 ? 2 : -1;
    return f;
}

TrackQualityRow row(qint64 id, qint64 assetId, std::optional<AnalysisFacts> facts)
{
    TrackQualityRow r;
    r.trackId = id;
    r.title = u"Track %1"_s.arg(id);
    r.assetId = assetId;
    r.facts = std::move(facts);
    return r;
}

} // namespace

class TestGermanText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_german.load(QStringLiteral(IMPRINT_GERMAN_QM)), IMPRINT_GERMAN_QM);
        QVERIFY(QCoreApplication::installTranslator(&m_german));
    }

    void qualityColumnsAreGerman()
    {
        QualityListModel model;
        model.setRows({ row(1, 10, measured(0)), row(2, 20, measured(3)), row(3, 0, std::nullopt),
            row(4, 40, std::nullopt) });
        const auto at = [&](int r, int role) {
            return model.data(model.index(r), role).toString();
        };
        QCOMPARE(at(0, QualityListModel::ClippingRole), u"keine"_s);
        QCOMPARE(at(1, QualityListModel::ClippingRole), u"3 Stellen"_s);
        QCOMPARE(at(0, QualityListModel::SummaryRole), u"bereit"_s);
        QCOMPARE(at(2, QualityListModel::SummaryRole), u"kein Master"_s);
        QCOMPARE(at(3, QualityListModel::SummaryRole), u"noch nicht analysiert"_s);
    }

    void aFailedCheckSaysWhatItNeedsInGerman()
    {
        AnalysisFacts lowRate = measured(0);
        lowRate.sampleRate = 22050;
        const QString streaming
            = QualityVerdicts::forTrack(QualityProfile::defaults(), lowRate, StemSetFacts {})
                  .value(u"streaming"_s);
        QVERIFY2(streaming.contains(u"(verlangt: "_s), qPrintable(streaming));
        QVERIFY2(!streaming.contains(u"needs"_s), qPrintable(streaming));
    }

    // A whole catalog is judged with a MessageMemo: each message is looked up once, and it is
    // the German one; plural forms still follow their number.
    void verdictMessagesAreGermanWhenLookedUpOnce()
    {
        const QDate today(2026, 12, 5);
        const auto facts = [&today](int daysAway) {
            TrackFacts f;
            f.today = today;
            f.trackId = daysAway;
            f.title = u"Track %1"_s.arg(daysAway);
            f.release = ReleaseFacts { 10, u"Single"_s, u"single"_s, {}, today.addDays(daysAway), u"scheduled"_s,
                {}, {}, {}, {}, {}, -1, 0, {}, 0, 0 };
            return f;
        };
        const auto messages = [](const TrackFacts &f) {
            QStringList all;
            for (const Readiness::Finding &finding : Readiness::check(f, Readiness::Use::Streaming))
                all << finding.message << finding.fix;
            return all;
        };
        const QStringList threeDays = messages(facts(3));
        const QStringList fiveDays = messages(facts(5));
        QVERIFY(threeDays.contains(u"Der Titel hat keinen ISRC."_s));
        QVERIFY(threeDays != fiveDays); // "in 3 Tagen" and "in 5 Tagen"
        Readiness::MessageMemo memo;
        QCOMPARE(messages(facts(3)), threeDays);
        QCOMPARE(messages(facts(5)), fiveDays);
        QCOMPARE(messages(facts(3)), threeDays);
    }

    void milestoneNamesAreShownInGermanAndStoredInEnglish()
    {
        QCOMPARE(
            ScheduleTemplate::shownName(u"masters_final"_s, u"Masters final"_s), u"Master fertiggestellt"_s);
        QCOMPARE(
            ScheduleTemplate::storedName(u"masters_final"_s, u"Master fertiggestellt"_s), u"Masters final"_s);
        // A name the user chose, and a task of their own, are theirs in every language.
        QCOMPARE(
            ScheduleTemplate::shownName(u"masters_final"_s, u"Masters by Friday"_s), u"Masters by Friday"_s);
        QCOMPARE(ScheduleTemplate::storedName(u""_s, u"Master fertiggestellt"_s), u"Master fertiggestellt"_s);
        QCOMPARE(
            ScheduleTemplate::defaultFor(u"single"_s).milestones.first().name, u"Master fertiggestellt"_s);
    }

    void scheduleTemplateProblemsAreGerman()
    {
        ScheduleTemplate broken = ScheduleTemplate::defaultFor(u"single"_s);
        broken.releaseType = u"mixtape"_s;
        QCOMPARE(broken.validate(), u"unbekannter Veröffentlichungstyp „mixtape“"_s);
    }

    void releaseTypesAreNamesNotKeys()
    {
        ReleaseListModel model;
        ReleaseRow single;
        single.id = 1;
        single.type = u"single"_s;
        ReleaseRow ep = single;
        ep.id = 2;
        ep.type = u"ep"_s;
        model.setRows({ single, ep });
        QCOMPARE(model.data(model.index(0), ReleaseListModel::TypeNameRole).toString(), u"Single"_s);
        QCOMPARE(model.data(model.index(1), ReleaseListModel::TypeNameRole).toString(), u"EP"_s);
        QCOMPARE(model.data(model.index(1), ReleaseListModel::TypeRole).toString(), u"ep"_s);
    }

private:
    QTranslator m_german;
};

QTEST_GUILESS_MAIN(TestGermanText)
#include "tst_germantext.moc"
