// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "PlanningSession.h"

#include "Logging.h"
#include "catalog/CatalogRecord.h"
#include "catalog/CatalogThread.h"
#include "catalog/SqlTransaction.h"
#include "editing/EditHistory.h"
#include "releases/ReleaseCatalog.h"
#include "schedule/PlanConflicts.h"
#include "schedule/Schedule.h"
#include "schedule/ScheduleRepository.h"
#include "schedule/ScheduleRisks.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Imprint
{

namespace
{

QString iso(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QDate fromIso(const QString &text)
{
    return QDate::fromString(text.trimmed(), Qt::ISODate);
}

} // namespace

PlanningSession::PlanningSession(
    const CatalogStore &store, CatalogThread *thread, EditHistory *history, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_thread(thread)
    , m_history(history)
    , m_today(Schedule::localDate(QDateTime::currentDateTime()))
{
    m_reminders.setIncludeOverdue(true);
    setToday(m_today);
}

void PlanningSession::setToday(QDate today)
{
    if (!Schedule::isSupported(today))
        return;
    const bool changed = today != m_today;
    m_today = today;
    m_month.setToday(today);
    m_agenda.setToday(today);
    m_agenda.showThisWeek();
    m_reminders.setToday(today);
    m_reminders.setFrom(today);
    m_reminders.setDays(reminderDays + 1); // today and the next seven days
    if (changed) {
        Q_EMIT todayChanged();
        Q_EMIT currentChanged(); // states depend on the day
    }
}

const ReleasePlan *PlanningSession::plan(qint64 releaseId) const
{
    for (const ReleasePlan &plan : m_plans) {
        if (plan.releaseId == releaseId)
            return &plan;
    }
    return nullptr;
}

ReleasePlan *PlanningSession::findPlan(qint64 releaseId)
{
    return const_cast<ReleasePlan *>(std::as_const(*this).plan(releaseId));
}

ReleasePlan *PlanningSession::planOfMilestone(qint64 milestoneId, Milestone **milestone)
{
    for (ReleasePlan &plan : m_plans) {
        for (Milestone &candidate : plan.milestones) {
            if (milestoneId != 0 && candidate.id == milestoneId) {
                *milestone = &candidate;
                return &plan;
            }
        }
    }
    return nullptr;
}

void PlanningSession::reload()
{
    if (++m_pendingLoads == 1)
        Q_EMIT loadingChanged();
    const CatalogStore store = m_store;
    m_thread->post([this, store] {
        QString error;
        const ScheduleRepository repository(store.connection(&error));
        auto plans = repository.plans(&error);
        auto templates = plans ? repository.templates(&error) : std::nullopt;
        QMetaObject::invokeMethod(
            this,
            [this, plans = std::move(plans), templates = std::move(templates), error]() mutable {
                if (!plans || !templates) {
                    qCWarning(lcCatalog) << "loading the plan failed:" << error;
                    Q_EMIT errorOccurred(tr("Could not read the release plan: %1").arg(error));
                } else if (m_pendingLoads == 1) { // a newer load is queued: skip this stale one
                    m_plans = std::move(*plans);
                    m_templates = std::move(*templates);
                    if (m_currentId != 0 && !plan(m_currentId))
                        m_currentId = 0;
                    if (m_currentId == 0)
                        m_currentId = nextReleaseId();
                    feedModels();
                }
                if (--m_pendingLoads == 0)
                    Q_EMIT loadingChanged();
            },
            Qt::QueuedConnection);
    });
}

// The release the user most likely plans next: the first one still to come.
qint64 PlanningSession::nextReleaseId() const
{
    const ReleasePlan *next = nullptr;
    for (const ReleasePlan &candidate : m_plans) {
        if (candidate.releaseDate.isValid() && candidate.releaseDate >= m_today
            && (!next || candidate.releaseDate < next->releaseDate))
            next = &candidate;
    }
    return next ? next->releaseId : 0;
}

void PlanningSession::feedModels()
{
    m_month.setPlans(m_plans, m_templates);
    m_agenda.setPlans(m_plans, m_templates);
    m_reminders.setPlans(m_plans, m_templates);
    Q_EMIT plansChanged();
    Q_EMIT currentChanged();
}

void PlanningSession::setCurrentReleaseId(qint64 id)
{
    if (id == m_currentId)
        return;
    m_currentId = id;
    Q_EMIT currentChanged();
}

QVariantMap PlanningSession::current() const
{
    const ReleasePlan *current = plan(m_currentId);
    if (!current)
        return {};
    const QList<Schedule::Risk> risks = Schedule::detectRisks(*current, m_plans, m_today, m_templates);
    QVariantList riskTexts;
    for (const Schedule::Risk &risk : risks)
        riskTexts.append(risk.message);
    QVariantList milestones;
    for (const Milestone &milestone : current->milestones) {
        milestones.append(QVariantMap { { u"id"_s, milestone.id }, { u"key"_s, milestone.key },
            { u"name"_s, milestone.name }, { u"dueDate"_s, iso(milestone.dueDate) },
            { u"hardLimit"_s, iso(milestone.hardLimit) }, { u"done"_s, milestone.done },
            { u"derived"_s, milestone.derived }, { u"required"_s, milestone.required },
            { u"notes"_s, milestone.notes },
            { u"state"_s, Schedule::stateName(Schedule::milestoneState(milestone, *current, m_today)) },
            { u"hardLimitPassed"_s,
                !milestone.done && milestone.hardLimit.isValid() && milestone.hardLimit < m_today } });
    }
    return { { u"releaseId"_s, current->releaseId }, { u"title"_s, current->title },
        { u"releaseDate"_s, iso(current->releaseDate) }, { u"releaseType"_s, current->releaseType },
        { u"artist"_s, current->primaryArtist },
        { u"state"_s, Schedule::stateName(Schedule::releaseState(*current, m_today, risks)) },
        { u"risks"_s, riskTexts }, { u"milestones"_s, milestones } };
}

QVariantList PlanningSession::unscheduled() const
{
    QVariantList result;
    for (const ReleasePlan &plan : m_plans) {
        if (!plan.releaseDate.isValid())
            result.append(QVariantMap { { u"releaseId"_s, plan.releaseId }, { u"title"_s, plan.title } });
    }
    return result;
}

std::optional<ReleasePlan> PlanningSession::movedPlan(
    qint64 releaseId, const QString &isoDate, QString *problem) const
{
    const auto refuse = [problem](const QString &why) -> std::optional<ReleasePlan> {
        *problem = why;
        return std::nullopt;
    };
    const ReleasePlan *before = plan(releaseId);
    if (!before)
        return refuse(tr("The release is no longer in the catalog."));
    if (const QString wrong = dateProblem(isoDate); !wrong.isEmpty())
        return refuse(wrong);
    const QDate date = fromIso(isoDate.trimmed());
    ReleasePlan after = *before;
    after.releaseDate = date;
    if (before->releaseDate == date)
        return after;
    if (!before->releaseDate.isValid() || before->milestones.isEmpty()) {
        // Derive the template's plan, keeping the tasks the user added by hand.
        const QString type = before->releaseType.isEmpty() ? u"single"_s : before->releaseType;
        const ScheduleTemplate scheduleTemplate = m_templates.value(type, ScheduleTemplate::defaultFor(type));
        after.milestones = Schedule::deriveMilestones(scheduleTemplate, releaseId, date);
        if (after.milestones.isEmpty() && !scheduleTemplate.milestones.isEmpty())
            return refuse(
                tr("%1 would put a milestone outside the dates a plan can use.").arg(isoDate.trimmed()));
        for (const Milestone &milestone : before->milestones) {
            if (!milestone.derived)
                after.milestones.append(milestone);
        }
    } else if (const auto moved = Schedule::moveRelease(before->milestones, before->releaseDate, date)) {
        after.milestones = *moved;
    } else {
        return refuse(
            tr("%1 would move a milestone outside the dates a plan can use.").arg(isoDate.trimmed()));
    }
    return after;
}

QString PlanningSession::releaseDateProblem(qint64 releaseId, const QString &isoDate) const
{
    QString problem;
    return movedPlan(releaseId, isoDate, &problem) ? QString() : problem;
}

bool PlanningSession::moveRelease(qint64 releaseId, const QString &isoDate)
{
    QString problem;
    const std::optional<ReleasePlan> after = movedPlan(releaseId, isoDate, &problem);
    if (!after) {
        Q_EMIT errorOccurred(problem);
        return false;
    }
    const ReleasePlan *before = plan(releaseId);
    if (before->releaseDate == after->releaseDate)
        return true;
    const bool firstScheduling = !before->releaseDate.isValid() || before->milestones.isEmpty();
    commit(*before, *after, firstScheduling ? tr("Schedule Release") : tr("Reschedule Release"));
    return true;
}

QVariantMap PlanningSession::previewMove(qint64 releaseId, const QString &isoDate) const
{
    const ReleasePlan *current = plan(releaseId);
    const QDate date = fromIso(isoDate);
    if (!current || !date.isValid())
        return { { u"valid"_s, false }, { u"summary"_s, tr("Not a date.") } };
    if (!current->releaseDate.isValid() || current->milestones.isEmpty()) {
        // First scheduling: nothing moves yet, the template's plan appears.
        return { { u"valid"_s, Schedule::isSupported(date) }, { u"from"_s, QString() }, { u"to"_s, isoDate },
            { u"summary"_s,
                tr("Plans the release for %1 with its template's milestones.")
                    .arg(QLocale().toString(date, QLocale::ShortFormat)) } };
    }
    const Schedule::MovePreview preview = Schedule::previewMove(*current, date, m_today, m_plans);
    QVariantList changes;
    for (const Schedule::MilestoneChange &change : preview.changes) {
        if (change.moves())
            changes.append(QVariantMap {
                { u"name"_s, change.name }, { u"from"_s, iso(change.from) }, { u"to"_s, iso(change.to) } });
    }
    return { { u"valid"_s, preview.valid }, { u"summary"_s, preview.summary },
        { u"from"_s, iso(preview.from) }, { u"to"_s, iso(preview.to) },
        { u"deliveryTo"_s, preview.delivery ? iso(preview.delivery->to) : QString() },
        { u"overdueBefore"_s, preview.overdueBefore }, { u"overdueAfter"_s, preview.overdueAfter },
        { u"hardLimitsPassed"_s, preview.hardLimitsPassed }, { u"clashes"_s, preview.clashes },
        { u"changes"_s, changes } };
}

bool PlanningSession::setMilestoneDone(qint64 milestoneId, bool done)
{
    Milestone *milestone = nullptr;
    ReleasePlan *owner = planOfMilestone(milestoneId, &milestone);
    if (!owner) {
        Q_EMIT errorOccurred(tr("The milestone is no longer in the plan."));
        return false;
    }
    if (milestone->done == done)
        return true;
    ReleasePlan after = *owner;
    for (Milestone &m : after.milestones) {
        if (m.id == milestoneId)
            m.done = done;
    }
    commit(*owner, after, done ? tr("Mark Done") : tr("Mark Not Done"));
    return true;
}

bool PlanningSession::setMilestoneDate(qint64 milestoneId, const QString &isoDate)
{
    Milestone *milestone = nullptr;
    ReleasePlan *owner = planOfMilestone(milestoneId, &milestone);
    const QDate date = fromIso(isoDate);
    if (!owner || !Schedule::isSupported(date)) {
        Q_EMIT errorOccurred(owner ? tr("“%1” is not a date a plan can use.").arg(isoDate)
                                   : tr("The milestone is no longer in the plan."));
        return false;
    }
    if (milestone->dueDate == date && !milestone->derived)
        return true;
    ReleasePlan after = *owner;
    for (Milestone &m : after.milestones) {
        if (m.id == milestoneId) {
            m.dueDate = date;
            m.derived = false; // the user's date wins over the template from now on
        }
    }
    std::stable_sort(after.milestones.begin(), after.milestones.end(),
        [](const Milestone &a, const Milestone &b) { return a.dueDate < b.dueDate; });
    commit(*owner, after, tr("Milestone Date Change"));
    return true;
}

bool PlanningSession::setMilestoneNotes(qint64 milestoneId, const QString &notes)
{
    Milestone *milestone = nullptr;
    ReleasePlan *owner = planOfMilestone(milestoneId, &milestone);
    if (!owner) {
        Q_EMIT errorOccurred(tr("The milestone is no longer in the plan."));
        return false;
    }
    const QString text = notes.trimmed();
    if (milestone->notes == text)
        return true;
    ReleasePlan after = *owner;
    for (Milestone &m : after.milestones) {
        if (m.id == milestoneId)
            m.notes = text;
    }
    commit(*owner, after, tr("Notes Change"));
    return true;
}

bool PlanningSession::addTask(qint64 releaseId, const QString &name, const QString &isoDate)
{
    const ReleasePlan *before = plan(releaseId);
    const QDate date = fromIso(isoDate);
    const QString title = name.simplified();
    if (!before || title.isEmpty() || !Schedule::isSupported(date)) {
        Q_EMIT errorOccurred(!before ? tr("The release is no longer in the catalog.")
                : title.isEmpty()    ? tr("A task needs a name.")
                                     : tr("“%1” is not a date a plan can use.").arg(isoDate));
        return false;
    }
    ReleasePlan after = *before;
    Milestone task;
    task.releaseId = releaseId;
    task.name = title;
    task.dueDate = date;
    task.derived = false; // the user's own: it keeps its date when the release moves
    after.milestones.append(task);
    std::stable_sort(after.milestones.begin(), after.milestones.end(),
        [](const Milestone &a, const Milestone &b) { return a.dueDate < b.dueDate; });
    commit(*before, after, tr("Add Task"));
    return true;
}

bool PlanningSession::editMilestone(
    qint64 milestoneId, const QString &isoDate, const QString &notes, bool done)
{
    Milestone *milestone = nullptr;
    ReleasePlan *owner = planOfMilestone(milestoneId, &milestone);
    if (!owner) {
        Q_EMIT errorOccurred(tr("The milestone is no longer in the plan."));
        return false;
    }
    const QString problem = dateProblem(isoDate);
    if (!problem.isEmpty()) {
        Q_EMIT errorOccurred(problem);
        return false;
    }
    const QDate date = fromIso(isoDate.trimmed());
    ReleasePlan after = *owner;
    for (Milestone &m : after.milestones) {
        if (m.id != milestoneId)
            continue;
        if (m.dueDate != date) {
            m.dueDate = date;
            m.derived = false; // the user's date wins over the template from now on
        }
        m.notes = notes.trimmed();
        m.done = done;
    }
    if (after.milestones == owner->milestones)
        return true;
    std::stable_sort(after.milestones.begin(), after.milestones.end(),
        [](const Milestone &a, const Milestone &b) { return a.dueDate < b.dueDate; });
    commit(*owner, after, tr("Edit Milestone"));
    return true;
}

bool PlanningSession::deleteTask(qint64 milestoneId)
{
    Milestone *milestone = nullptr;
    ReleasePlan *owner = planOfMilestone(milestoneId, &milestone);
    if (!owner) {
        Q_EMIT errorOccurred(tr("The milestone is no longer in the plan."));
        return false;
    }
    if (!milestone->key.isEmpty()) {
        Q_EMIT errorOccurred(tr("“%1” belongs to the release's plan and cannot be deleted; mark it done "
                                "or give it another date.")
                .arg(milestone->name));
        return false;
    }
    ReleasePlan after = *owner;
    after.milestones.removeIf([milestoneId](const Milestone &m) { return m.id == milestoneId; });
    commit(*owner, after, tr("Delete Task"));
    return true;
}

QString PlanningSession::dateProblem(const QString &isoDate) const
{
    const QString text = isoDate.trimmed();
    if (text.isEmpty())
        return tr("Enter a date as YYYY-MM-DD.");
    const QDate date = fromIso(text);
    if (!date.isValid())
        return tr("“%1” is not a date; write it as YYYY-MM-DD.").arg(text);
    if (!Schedule::isSupported(date))
        return tr("%1 is outside the dates a plan can use.").arg(text);
    return {};
}

void PlanningSession::commit(const ReleasePlan &before, const ReleasePlan &after, const QString &description)
{
    const QString beforeText = snapshot(before);
    const QString afterText = snapshot(after);
    const qint64 releaseId = before.releaseId;
    apply(after, beforeText);
    m_history->record({ releaseId, historyPrefix + u"plan"_s, beforeText, afterText, description });
}

QVariantMap PlanningSession::deletionImpact(qint64 releaseId) const
{
    const ReleasePlan *existing = plan(releaseId);
    if (!existing)
        return {};
    int milestones = 0;
    int tasks = 0;
    int done = 0;
    for (const Milestone &milestone : existing->milestones) {
        (milestone.key.isEmpty() ? tasks : milestones) += 1;
        done += milestone.done ? 1 : 0;
    }
    const QString text = milestones + tasks == 0
        ? tr("Delete “%1”? Its tracks stay in the catalog.").arg(existing->title)
        : tr("Delete “%1” with %2 and %3? Its tracks stay in the catalog.")
              .arg(existing->title, tr("%n milestone(s)", nullptr, milestones),
                  tr("%n task(s) of your own", nullptr, tasks));
    return { { u"title"_s, existing->title }, { u"milestones"_s, milestones }, { u"tasks"_s, tasks },
        { u"done"_s, done }, { u"text"_s, text } };
}

// The release's rows are read on the catalog thread, after every queued write, then deleted as
// one compound undo step: the plan (here) and the release record (ReleaseCatalog). Undo puts the
// record back first, then the plan.
bool PlanningSession::deleteRelease(qint64 releaseId)
{
    const ReleasePlan *existing = plan(releaseId);
    if (!existing) {
        Q_EMIT errorOccurred(tr("The release is no longer in the catalog."));
        return false;
    }
    if (m_deleting.contains(releaseId))
        return true; // asked twice while the first deletion is on its way
    m_deleting.insert(releaseId);
    const QString planText = snapshot(*existing);
    const QString title = existing->title;
    const CatalogStore store = m_store;
    m_thread->post([this, store, releaseId, planText, title] {
        QString error;
        auto record = CatalogRecord::snapshot(store.connection(&error), u"releases"_s, releaseId, &error);
        QMetaObject::invokeMethod(
            this,
            [this, releaseId, planText, title, record = std::move(record), error] {
                m_deleting.remove(releaseId);
                if (!record) {
                    Q_EMIT errorOccurred(tr("“%1” could not be deleted: %2").arg(title, error));
                    return;
                }
                m_history->perform(
                    { { { releaseId, historyPrefix + u"plan"_s, planText, QString(), {} },
                          { releaseId, QString(ReleaseCatalog::historyPrefix) + ReleaseCatalog::recordField,
                              *record, QString(), {} } },
                        tr("Delete Release") });
            },
            Qt::QueuedConnection);
    });
    return true;
}

void PlanningSession::applyField(
    qint64 releaseId, const QString &field, const QString &value, const QString &expected)
{
    if (field != u"plan")
        return;
    if (value.isEmpty()) { // the release is being deleted: its rows go with it
        m_plans.removeIf(
            [releaseId](const ReleasePlan &candidate) { return candidate.releaseId == releaseId; });
        if (m_currentId == releaseId)
            m_currentId = nextReleaseId();
        feedModels();
        return;
    }
    if (!plan(releaseId)) {
        // Coming back from a deletion: the release's record, milestones included, has been
        // restored before this part (CatalogRecord), so the plan only shows again; the reload
        // fills in the title and artist.
        ReleasePlan returning;
        returning.releaseId = releaseId;
        if (!restoreSnapshot(value, returning))
            return;
        m_plans.append(returning);
        feedModels();
        reload();
        return;
    }
    const ReleasePlan *existing = plan(releaseId);
    ReleasePlan restored = *existing;
    if (!restoreSnapshot(value, restored)) {
        qCWarning(lcCatalog) << "an undo step of release" << releaseId << "cannot be read";
        return;
    }
    apply(restored, expected);
}

// Shows the new plan at once and writes it behind, then reads the plan back so new tasks get
// their ids. The check and the write are one transaction.
void PlanningSession::apply(const ReleasePlan &plan, const QString &expected)
{
    ReleasePlan *target = findPlan(plan.releaseId);
    if (!target)
        return;
    const bool dateChanged = target->releaseDate != plan.releaseDate;
    *target = plan;
    feedModels();
    if (dateChanged)
        Q_EMIT releaseDateChanged(plan.releaseId, plan.releaseDate);
    const CatalogStore store = m_store;
    m_thread->post([this, store, plan, expected] {
        QString error;
        QSqlDatabase db = store.connection(&error);
        SqlTransaction transaction(db);
        std::optional<QString> now;
        if (transaction.isActive())
            now = PlanConflicts::stored(db, plan.releaseId, &error);
        else if (db.isValid())
            error = transaction.error();
        const QString yours = snapshot(plan);
        // Someone else's change to exactly this plan is no conflict: nothing of theirs is lost.
        if (now && !PlanConflicts::same(*now, expected) && !PlanConflicts::same(*now, yours)) {
            QMetaObject::invokeMethod(
                this,
                [this, releaseId = plan.releaseId, yours, theirs = *now] {
                    showConflict(releaseId, yours, theirs);
                },
                Qt::QueuedConnection);
            return;
        }
        QList<Milestone> milestones = plan.milestones;
        if (now && ScheduleRepository(db).restorePlan(plan.releaseId, plan.releaseDate, milestones, &error)
            && (transaction.commit() || (error = transaction.error(), false)))
            return;
        QMetaObject::invokeMethod(
            this,
            [this, error] {
                qCWarning(lcCatalog) << "saving the plan failed:" << error;
                Q_EMIT errorOccurred(tr("The change to the plan was not saved: %1").arg(error));
                Q_EMIT writeFailed();
            },
            Qt::QueuedConnection);
    });
    reload();
}

// Someone else changed the plan since this session read it: theirs stays (the reload that
// followed the write shows it), and no undo step puts back a plan made on the old one.
void PlanningSession::showConflict(qint64 releaseId, const QString &yours, const QString &theirs)
{
    qCInfo(lcCatalog) << "edit conflict on the plan of release" << releaseId;
    m_history->forget(releaseId, historyPrefix + u"plan"_s);
    const ReleasePlan *existing = plan(releaseId);
    Q_EMIT conflictFound(releaseId, existing ? existing->title : QString(), yours, theirs);
}

void PlanningSession::useMine(qint64 releaseId, const QString &yours, const QString &theirs)
{
    const ReleasePlan *existing = plan(releaseId);
    ReleasePlan mine = existing ? *existing : ReleasePlan();
    if (!existing || theirs.isEmpty() || !restoreSnapshot(yours, mine)) {
        Q_EMIT errorOccurred(tr("The release is no longer in the catalog."));
        return;
    }
    apply(mine, theirs);
    m_history->record({ releaseId, historyPrefix + u"plan"_s, theirs, yours, tr("Plan Change") });
}

QString PlanningSession::snapshot(const ReleasePlan &plan)
{
    QJsonArray milestones;
    for (const Milestone &m : plan.milestones) {
        milestones.append(QJsonObject { { u"id"_s, m.id }, { u"key"_s, m.key }, { u"name"_s, m.name },
            { u"due"_s, iso(m.dueDate) }, { u"hardLimit"_s, iso(m.hardLimit) }, { u"required"_s, m.required },
            { u"done"_s, m.done }, { u"derived"_s, m.derived }, { u"notes"_s, m.notes } });
    }
    const QJsonObject object { { u"date"_s, iso(plan.releaseDate) }, { u"milestones"_s, milestones } };
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

bool PlanningSession::restoreSnapshot(const QString &text, ReleasePlan &plan)
{
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
    if (!document.isObject())
        return false;
    const QJsonObject object = document.object();
    QList<Milestone> milestones;
    for (const QJsonValue &value : object.value(u"milestones"_s).toArray()) {
        const QJsonObject json = value.toObject();
        Milestone m;
        m.id = json.value(u"id"_s).toInteger();
        m.releaseId = plan.releaseId;
        m.key = json.value(u"key"_s).toString();
        m.name = json.value(u"name"_s).toString();
        m.dueDate = fromIso(json.value(u"due"_s).toString());
        m.hardLimit = fromIso(json.value(u"hardLimit"_s).toString());
        m.required = json.value(u"required"_s).toBool();
        m.done = json.value(u"done"_s).toBool();
        m.derived = json.value(u"derived"_s).toBool();
        m.notes = json.value(u"notes"_s).toString();
        if (!m.dueDate.isValid())
            return false;
        milestones.append(m);
    }
    plan.releaseDate = fromIso(object.value(u"date"_s).toString());
    plan.milestones = milestones;
    return true;
}

} // namespace Imprint
