// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "schedule/Schedule.h"
#include "schedule/ScheduleRisks.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace Imprint;
using Schedule::RiskKind;

namespace
{
ReleasePlan plan(qint64 id, const QString &type, qint64 artist, QDate date)
{
    ReleasePlan p { id, u"Release %1"_s.arg(id), type, artist, u"Artist"_s, date, {} };
    p.milestones = Schedule::deriveMilestones(ScheduleTemplate::defaultFor(type), id, date);
    for (qsizetype i = 0; i < p.milestones.size(); ++i)
        p.milestones[i].id = id * 100 + i;
    return p;
}

void markDone(ReleasePlan &p, const QString &key)
{
    for (Milestone &m : p.milestones) {
        if (m.key == key)
            m.done = true;
    }
}

QList<Schedule::Risk> ofKind(const QList<Schedule::Risk> &risks, RiskKind kind)
{
    QList<Schedule::Risk> result;
    for (const auto &risk : risks) {
        if (risk.kind == kind)
            result.append(risk);
    }
    return result;
}
} // namespace

class TestScheduleRisks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void overdue()
    {
        ReleasePlan p = plan(1, u"single"_s, 0, QDate(2026, 6, 5)); // masters due 1 May
        QVERIFY(ofKind(Schedule::detectRisks({ p }, QDate(2026, 5, 1)), RiskKind::Overdue).isEmpty());
        const auto late = ofKind(Schedule::detectRisks({ p }, QDate(2026, 5, 2)), RiskKind::Overdue);
        QCOMPARE(late.size(), 2); // masters and artwork
        QVERIFY(late[0].required);
        QCOMPARE(late[0].date, QDate(2026, 5, 1));
        markDone(p, u"masters_final"_s);
        markDone(p, u"artwork_final"_s);
        QVERIFY(ofKind(Schedule::detectRisks({ p }, QDate(2026, 5, 2)), RiskKind::Overdue).isEmpty());
    }

    void hardLimit()
    {
        ReleasePlan p = plan(1, u"single"_s, 0, QDate(2026, 6, 5)); // pitch until 29 May
        auto risks = Schedule::detectRisks({ p }, QDate(2026, 5, 29));
        QVERIFY(ofKind(risks, RiskKind::HardLimitPassed).isEmpty());
        QCOMPARE(ofKind(risks, RiskKind::Overdue).size(), 6); // the pitch is late, but still possible
        risks = Schedule::detectRisks({ p }, QDate(2026, 5, 30));
        QCOMPARE(ofKind(risks, RiskKind::HardLimitPassed).size(), 1);
        QCOMPARE(ofKind(risks, RiskKind::HardLimitPassed)[0].milestoneKey, u"editorial_pitch"_s);
        markDone(p, u"editorial_pitch"_s);
        QVERIFY(
            ofKind(Schedule::detectRisks({ p }, QDate(2026, 5, 30)), RiskKind::HardLimitPassed).isEmpty());
    }

    void artistClash_data()
    {
        QTest::addColumn<qint64>("artistB");
        QTest::addColumn<QDate>("dateB");
        QTest::addColumn<int>("clashes");
        QTest::newRow("same day") << qint64(7) << QDate(2026, 6, 5) << 1;
        QTest::newRow("6 days later") << qint64(7) << QDate(2026, 6, 11) << 1;
        QTest::newRow("6 days earlier") << qint64(7) << QDate(2026, 5, 30) << 1;
        QTest::newRow("a week later") << qint64(7) << QDate(2026, 6, 12) << 0;
        QTest::newRow("other artist") << qint64(8) << QDate(2026, 6, 5) << 0;
        QTest::newRow("unknown artist") << qint64(0) << QDate(2026, 6, 5) << 0;
        QTest::newRow("not scheduled") << qint64(7) << QDate() << 0;
    }
    void artistClash()
    {
        QFETCH(qint64, artistB);
        QFETCH(QDate, dateB);
        QFETCH(int, clashes);
        const ReleasePlan a = plan(1, u"single"_s, 7, QDate(2026, 6, 5));
        ReleasePlan b = plan(2, u"single"_s, artistB, dateB);
        const auto risks = ofKind(Schedule::detectRisks({ a, b }, QDate(2026, 1, 1)), RiskKind::ArtistClash);
        QCOMPARE(risks.size(), clashes * 2); // reported on both releases
        if (clashes) {
            QCOMPARE(risks[0].releaseId, 1);
            QCOMPARE(risks[0].otherReleaseId, 2);
        }
    }

    void leadTime_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<bool>("delivered");
        QTest::addColumn<QDate>("earliest"); // invalid: no risk
        const QDate d(2026, 6, 5);
        QTest::newRow("single, 21 days ahead") << u"single"_s << d.addDays(-21) << false << QDate();
        QTest::newRow("single, 20 days ahead") << u"single"_s << d.addDays(-20) << false << QDate(2026, 6, 6);
        QTest::newRow("single, delivered") << u"single"_s << d.addDays(-5) << true << QDate();
        QTest::newRow("album, 21 days ahead") << u"album"_s << d.addDays(-21) << false << QDate(2026, 6, 19);
        QTest::newRow("album, 35 days ahead") << u"album"_s << d.addDays(-35) << false << QDate();
        QTest::newRow("already out") << u"single"_s << d.addDays(1) << false << QDate();
    }
    void leadTime()
    {
        QFETCH(QString, type);
        QFETCH(QDate, today);
        QFETCH(bool, delivered);
        QFETCH(QDate, earliest);
        ReleasePlan p = plan(1, type, 0, QDate(2026, 6, 5));
        if (delivered)
            markDone(p, u"delivery"_s);
        const auto risks = ofKind(Schedule::detectRisks({ p }, today), RiskKind::LeadTimeUnmeetable);
        QCOMPARE(risks.size(), earliest.isValid() ? 1 : 0);
        if (earliest.isValid()) {
            QCOMPARE(risks[0].earliestFeasible, earliest);
            QVERIFY(!risks[0].message.isEmpty());
        }
    }

    void leadTimeComesFromTheTemplate()
    {
        ScheduleTemplate slow = ScheduleTemplate::defaultFor(u"single"_s);
        for (MilestoneDefinition &definition : slow.milestones) {
            if (definition.key == u"delivery"_s)
                definition.offsetDays = -42;
        }
        const ReleasePlan p = plan(1, u"single"_s, 0, QDate(2026, 6, 5));
        const QDate today = QDate(2026, 6, 5).addDays(-30);
        QVERIFY(ofKind(Schedule::detectRisks({ p }, today), RiskKind::LeadTimeUnmeetable).isEmpty());
        const auto risks = ofKind(
            Schedule::detectRisks({ p }, today, { { u"single"_s, slow } }), RiskKind::LeadTimeUnmeetable);
        QCOMPARE(risks.size(), 1);
        QCOMPARE(risks[0].earliestFeasible, today.addDays(42));
    }

    void milestoneStates()
    {
        ReleasePlan p = plan(1, u"single"_s, 0, QDate(2026, 6, 5));
        const auto state = [&p](const QString &key, QDate today) {
            for (const Milestone &m : p.milestones) {
                if (m.key == key)
                    return Schedule::milestoneState(m, p, today);
            }
            return Schedule::ItemState::Upcoming;
        };
        using S = Schedule::ItemState;
        QCOMPARE(state(u"masters_final"_s, QDate(2026, 4, 1)), S::Upcoming);
        QCOMPARE(state(u"masters_final"_s, QDate(2026, 5, 2)), S::Overdue);
        // Metadata (8 May) is due within a week while masters (1 May) are still open.
        QCOMPARE(state(u"metadata_locked"_s, QDate(2026, 5, 1)), S::AtRisk);
        QCOMPARE(state(u"metadata_locked"_s, QDate(2026, 4, 20)), S::Upcoming); // not due soon yet
        markDone(p, u"masters_final"_s);
        markDone(p, u"artwork_final"_s);
        QCOMPARE(state(u"metadata_locked"_s, QDate(2026, 5, 1)), S::Upcoming);
        QCOMPARE(state(u"masters_final"_s, QDate(2026, 5, 2)), S::Done);
        // Planned after its own hard limit.
        for (Milestone &m : p.milestones) {
            if (m.key == u"editorial_pitch"_s) {
                m.dueDate = QDate(2026, 6, 1);
                m.derived = false;
            }
        }
        QCOMPARE(state(u"editorial_pitch"_s, QDate(2026, 4, 1)), S::AtRisk);
        QCOMPARE(Schedule::stateName(S::AtRisk), u"atRisk"_s);
    }
};

QTEST_GUILESS_MAIN(TestScheduleRisks)
#include "tst_schedulerisks.moc"
