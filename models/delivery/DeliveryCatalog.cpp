// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "DeliveryCatalog.h"

#include "catalog/CatalogThread.h"
#include "delivery/DeliveryQueries.h"
#include "delivery/Preflight.h"
#include "rights/FixTargets.h"

#include <QDate>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Imprint
{

namespace
{

struct Loaded {
    QString error;
    QVariantList issues;
    QVariantList blockers;
    QVariantList warnings;
    bool impossible = false;
    QString forceSummary;
    int files = 0;
    QString suggestedName;
    QList<DeliveryQueries::DeliveryRecord> history;
    QList<bool> exists;
};

// On the catalog thread: the same preflight and plan ReleaseExport runs, and the history.
Loaded load(const CatalogStore &store, qint64 releaseId, const QString &profileKey)
{
    Loaded loaded;
    QSqlDatabase db = store.connection(&loaded.error);
    if (!db.isValid())
        return loaded;
    const auto profile = Delivery::profile(profileKey);
    const auto release = DeliveryQueries::loadRelease(
        db, releaseId, store.libraryRoot(), QDate::currentDate(), &loaded.error);
    if (!release || !profile)
        return loaded;
    QStringList forced;
    for (const Delivery::PreflightIssue &issue : Delivery::preflight(*release, *profile)) {
        QVariantMap map { { u"ruleId"_s, issue.ruleId }, { u"trackId"_s, issue.trackId },
            { u"level"_s, Delivery::levelKey(issue.level) },
            { u"levelName"_s, Delivery::levelName(issue.level) }, { u"subject"_s, issue.subject },
            { u"message"_s, issue.message } };
        if (!issue.fix.isEmpty())
            map.insert(u"fix"_s, issue.fix);
        // Where the fix is made: the work or party the finding names, the track's page, or the
        // release's for release-wide issues; an audio check under the profile it was judged by.
        const QString record = FixTargets::target(issue.ruleId).record;
        const qint64 recordId = issue.recordId != 0    ? issue.recordId
            : record == u"track" && issue.trackId != 0 ? issue.trackId
            : record == u"release"                     ? releaseId
                                                       : 0;
        QVariantMap target = FixTargets::toVariant(issue.ruleId, recordId);
        if (!issue.qualityProfile.isEmpty() && target.value(u"page"_s) == u"quality"_s)
            target.insert(u"tab"_s, issue.qualityProfile);
        if (!issue.fixTab.isEmpty()) {
            target.insert(u"tab"_s, issue.fixTab);
            target.insert(u"field"_s, issue.fixField);
        }
        map.insert(u"target"_s, target);
        loaded.issues.append(map);
        if (issue.level == Delivery::IssueLevel::Warning) {
            loaded.warnings.append(map);
            continue;
        }
        loaded.blockers.append(map);
        loaded.impossible = loaded.impossible || issue.level == Delivery::IssueLevel::Impossible;
        forced.append(u"• "_s + Delivery::describe(issue));
    }
    if (!forced.isEmpty())
        loaded.forceSummary = DeliveryCatalog::tr(
            "The package will be made although %n blocker(s) stand in the way. Each is recorded in its "
            "metadata.json and in the delivery history:\n%1",
            nullptr, int(forced.size()))
                                  .arg(forced.join(u'\n'));
    loaded.files = int(Delivery::plan(*release, *profile).size());
    const ReleaseRow &row = release->release;
    loaded.suggestedName
        = Delivery::safeFileName((row.artist.isEmpty() ? row.title : u"%1 - %2"_s.arg(row.artist, row.title))
            + u" (%1)"_s.arg(profile->name));
    const auto history = DeliveryQueries::deliveriesOf(db, releaseId, &loaded.error);
    if (history) {
        loaded.history = *history;
        for (const DeliveryQueries::DeliveryRecord &record : loaded.history)
            loaded.exists.append(QFileInfo::exists(record.file));
    }
    return loaded;
}

} // namespace

DeliveryCatalog::DeliveryCatalog(const CatalogStore &store, CatalogThread *thread, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_thread(thread)
    , m_profile(Delivery::profiles().constFirst().key)
{
}

void DeliveryCatalog::setReleaseId(qint64 id)
{
    if (id == m_releaseId)
        return;
    m_releaseId = id;
    Q_EMIT selectionChanged();
    reload();
}

void DeliveryCatalog::setProfile(const QString &key)
{
    if (key == m_profile || !Delivery::profile(key))
        return;
    m_profile = key;
    Q_EMIT selectionChanged();
    reload();
}

QVariantList DeliveryCatalog::profiles() const
{
    QVariantList list;
    for (const Delivery::DeliveryProfile &profile : Delivery::profiles())
        list.append(QVariantMap { { u"key"_s, profile.key }, { u"name"_s, profile.name } });
    return list;
}

QStringList DeliveryCatalog::requirements() const
{
    const auto profile = Delivery::profile(m_profile);
    return profile ? Delivery::requirements(*profile) : QStringList();
}

void DeliveryCatalog::reload()
{
    const quint64 generation = ++m_generation;
    if (m_releaseId <= 0) {
        m_issues.clear();
        m_blockers.clear();
        m_warnings.clear();
        m_impossible = false;
        m_forceSummary.clear();
        m_fileCount = 0;
        m_suggestedName.clear();
        m_history.setRecords({}, {});
        Q_EMIT preflightChanged();
        return;
    }
    if (++m_pendingLoads == 1)
        Q_EMIT loadingChanged();
    const CatalogStore store = m_store;
    const qint64 releaseId = m_releaseId;
    const QString profile = m_profile;
    m_thread->post([this, store, releaseId, profile, generation] {
        Loaded loaded = load(store, releaseId, profile);
        QMetaObject::invokeMethod(
            this,
            [this, loaded = std::move(loaded), generation]() mutable {
                if (--m_pendingLoads == 0)
                    Q_EMIT loadingChanged();
                if (generation != m_generation)
                    return;
                if (!loaded.error.isEmpty())
                    Q_EMIT errorOccurred(tr("Could not read the release's deliveries: %1").arg(loaded.error));
                m_issues = std::move(loaded.issues);
                m_blockers = std::move(loaded.blockers);
                m_warnings = std::move(loaded.warnings);
                m_impossible = loaded.impossible;
                m_forceSummary = std::move(loaded.forceSummary);
                m_fileCount = loaded.files;
                m_suggestedName = loaded.suggestedName;
                m_history.setRecords(std::move(loaded.history), std::move(loaded.exists));
                Q_EMIT preflightChanged();
            },
            Qt::QueuedConnection);
    });
}

} // namespace Imprint
