// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "catalog/CatalogStore.h"
#include "schedule/AgendaModel.h"
#include "schedule/CalendarMonthModel.h"

#include <QObject>
#include <QSet>
#include <QVariantList>
#include <QVariantMap>
#include <QtQmlIntegration>

#include <optional>

namespace Imprint
{

class CatalogThread;
class EditHistory;

/// The release plan of the open catalog for the calendar page: the month grid, the agenda of
/// this week, the reminders of the coming days, the selected release's milestones, and undoable
/// rescheduling and milestone edits. Part of CatalogSession, whose catalog thread and edit
/// history it shares. Dates travel to and from QML as ISO 8601 text ("2026-05-29"), so no
/// time zone conversion of a JavaScript Date can move a plan by a day.
class PlanningSession : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by CatalogSession")
    Q_PROPERTY(Imprint::CalendarMonthModel *month READ month CONSTANT)
    Q_PROPERTY(Imprint::AgendaModel *agenda READ agenda CONSTANT) ///< this week, with overdue items
    Q_PROPERTY(Imprint::AgendaModel *reminders READ reminders CONSTANT) ///< overdue and the next 7 days
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)
    Q_PROPERTY(QString today READ todayText NOTIFY todayChanged)
    Q_PROPERTY(qint64 currentReleaseId READ currentReleaseId WRITE setCurrentReleaseId NOTIFY currentChanged)
    Q_PROPERTY(QVariantMap current READ current NOTIFY currentChanged)
    Q_PROPERTY(QVariantList unscheduled READ unscheduled NOTIFY plansChanged) ///< [{releaseId, title}]

public:
    /// The prefix of this session's fields in the shared edit history. Every step stores the whole
    /// plan of one release before and after, so undo restores the date and every milestone.
    static constexpr QLatin1StringView historyPrefix { "plan." };
    /// Days ahead the reminders look (DESIGN.md: overdue and due in the next 7 days).
    static constexpr int reminderDays = 7;

    PlanningSession(const CatalogStore &store, CatalogThread *thread, EditHistory *history, QObject *parent);

    CalendarMonthModel *month() { return &m_month; }
    AgendaModel *agenda() { return &m_agenda; }
    AgendaModel *reminders() { return &m_reminders; }
    bool isLoading() const { return m_pendingLoads > 0; }
    QDate today() const { return m_today; }
    QString todayText() const { return m_today.toString(Qt::ISODate); }
    /// For tests and for a session left open past midnight.
    void setToday(QDate today);

    /// The selected release; after loading, the next release to come out unless one is chosen.
    qint64 currentReleaseId() const { return m_currentId; }
    void setCurrentReleaseId(qint64 id);
    /// {releaseId, title, releaseDate, releaseType, artist, state, risks: [text],
    ///  milestones: [{id, key, name, dueDate, hardLimit, done, derived, required, notes, state,
    ///  hardLimitPassed}]} of the current release; empty without one.
    QVariantMap current() const;
    QVariantList unscheduled() const;

    const QList<ReleasePlan> &plans() const { return m_plans; }
    const ReleasePlan *plan(qint64 releaseId) const;

    /// Re-reads plans and templates from the catalog (on the catalog thread).
    void reload();

    /// Moves (or first schedules) a release to isoDate; derived milestones follow. One undo step.
    Q_INVOKABLE bool moveRelease(qint64 releaseId, const QString &isoDate);
    /// Why moveRelease would refuse isoDate for this release, in the user's language (what is
    /// wrong and the form it expects); empty when it would move it. For the field the date is
    /// typed in, so the message stands under it.
    Q_INVOKABLE QString releaseDateProblem(qint64 releaseId, const QString &isoDate) const;
    /// What moveRelease would do: {valid, summary, from, to, deliveryTo, overdueBefore,
    /// overdueAfter, hardLimitsPassed: [name], clashes: [title], changes: [{name, from, to}]}.
    Q_INVOKABLE QVariantMap previewMove(qint64 releaseId, const QString &isoDate) const;
    Q_INVOKABLE bool setMilestoneDone(qint64 milestoneId, bool done);
    /// The milestone keeps this date from now on: it no longer follows the release date.
    Q_INVOKABLE bool setMilestoneDate(qint64 milestoneId, const QString &isoDate);
    Q_INVOKABLE bool setMilestoneNotes(qint64 milestoneId, const QString &notes);
    /// A task of the user's own, due on isoDate.
    Q_INVOKABLE bool addTask(qint64 releaseId, const QString &name, const QString &isoDate);
    /// Sets a milestone's date, notes and done together, as one undo step (the milestone dialog).
    /// A changed date is the user's from now on, as with setMilestoneDate.
    Q_INVOKABLE bool editMilestone(
        qint64 milestoneId, const QString &isoDate, const QString &notes, bool done);
    /// Deletes a task the user added (the template's milestones stay: mark them done instead).
    Q_INVOKABLE bool deleteTask(qint64 milestoneId);
    /// Why isoDate cannot be a milestone's date, in the user's language; empty when it can.
    Q_INVOKABLE QString dateProblem(const QString &isoDate) const;

    /// What deleting the release takes with it, for the question asked first: {title,
    /// milestones, tasks, done, text}, where text names the counts in the user's language.
    Q_INVOKABLE QVariantMap deletionImpact(qint64 releaseId) const;
    /// Deletes the release with its plan, track links and delivery history, as one undo step
    /// that restores all of it (CatalogRecord). The tracks stay in the catalog.
    Q_INVOKABLE bool deleteRelease(qint64 releaseId);

    /// Applies a plan snapshot from the edit history (undo/redo); an empty one drops the plan
    /// of a release being deleted. It is written only over the plan expected (PlanConflicts::same);
    /// a plan someone else changed meanwhile stays, and conflictFound asks which to keep.
    void applyField(qint64 releaseId, const QString &field, const QString &value, const QString &expected);
    /// After a conflict: saves yours over theirs (snapshots, as conflictFound gave them) as an
    /// undoable edit made on theirs.
    void useMine(qint64 releaseId, const QString &yours, const QString &theirs);

    /// A plan's date and milestones as the text the edit history keeps, and back.
    static QString snapshot(const ReleasePlan &plan);
    static bool restoreSnapshot(const QString &text, ReleasePlan &plan);

Q_SIGNALS:
    void loadingChanged();
    void todayChanged();
    void currentChanged();
    void plansChanged();
    /// A release's date changed here (move, undo, redo), for the other views of the release.
    void releaseDateChanged(qint64 releaseId, QDate date);
    void errorOccurred(const QString &message);
    void writeFailed();
    /// An edit was made on a plan someone else has changed since: theirs stays, shown, and the
    /// undo steps made on the old plan are gone. record is the release's title.
    void conflictFound(qint64 releaseId, const QString &record, const QString &yours, const QString &theirs);

private:
    ReleasePlan *findPlan(qint64 releaseId);
    /// The release's plan moved to isoDate, or nullopt and *problem.
    std::optional<ReleasePlan> movedPlan(qint64 releaseId, const QString &isoDate, QString *problem) const;
    ReleasePlan *planOfMilestone(qint64 milestoneId, Milestone **milestone);
    /// Records before → after as one undo step and applies after.
    void commit(const ReleasePlan &before, const ReleasePlan &after, const QString &description);
    /// Shows plan and writes it, if the catalog still holds the plan expected (a snapshot).
    void apply(const ReleasePlan &plan, const QString &expected);
    void showConflict(qint64 releaseId, const QString &yours, const QString &theirs);
    void feedModels();
    qint64 nextReleaseId() const;

    CatalogStore m_store;
    CatalogThread *m_thread;
    EditHistory *m_history;
    CalendarMonthModel m_month;
    AgendaModel m_agenda;
    AgendaModel m_reminders;
    QList<ReleasePlan> m_plans;
    QHash<QString, ScheduleTemplate> m_templates;
    QDate m_today;
    qint64 m_currentId = 0;
    int m_pendingLoads = 0;
    QSet<qint64> m_deleting; ///< releases whose deletion is being prepared on the catalog thread
};

} // namespace Imprint
