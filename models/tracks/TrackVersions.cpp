// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "TrackVersions.h"

#include "catalog/CatalogThread.h"
#include "catalog/SqlTransaction.h"
#include "editing/EditHistory.h"
#include "tracks/TrackSearch.h"
#include "tracks/TrackVersionQueries.h"

#include <memory>

using namespace Qt::StringLiterals;

namespace Imprint
{

namespace
{

constexpr QLatin1StringView originalField { "original" };

} // namespace

TrackVersions::TrackVersions(
    const CatalogStore &store, CatalogThread *thread, EditHistory *history, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_thread(thread)
    , m_history(history)
{
}

void TrackVersions::setTrackId(qint64 id)
{
    if (id == m_trackId)
        return;
    m_trackId = id;
    m_original.clear();
    m_versions.clear();
    m_candidates.clear();
    Q_EMIT changed();
    Q_EMIT candidatesChanged();
    reload();
}

void TrackVersions::reload()
{
    const CatalogStore store = m_store;
    const qint64 id = m_trackId;
    if (id <= 0)
        return;
    m_thread->post([this, store, id] {
        QString error;
        QSqlDatabase db = store.connection(&error);
        auto original = TrackVersionQueries::originalOf(db, id, &error);
        auto versions = original ? TrackVersionQueries::versionsOf(db, id, &error) : std::nullopt;
        QMetaObject::invokeMethod(
            this,
            [this, id, original = std::move(original), versions = std::move(versions), error] {
                if (id != m_trackId)
                    return; // the selection moved on meanwhile
                if (!original || !versions) {
                    Q_EMIT errorOccurred(tr("Could not read the versions: %1").arg(error));
                    return;
                }
                m_original = *original;
                m_versions = *versions;
                Q_EMIT changed();
            },
            Qt::QueuedConnection);
    });
}

void TrackVersions::searchOriginals(const QString &text)
{
    const CatalogStore store = m_store;
    const qint64 id = m_trackId;
    m_thread->post([this, store, id, text] {
        QString error;
        const auto rows = TrackSearch::find(store.connection(&error), { text, 50, 0, id }, &error);
        QMetaObject::invokeMethod(
            this,
            [this, id, rows = rows.value_or(QVariantList())] {
                if (id != m_trackId)
                    return;
                m_candidates = rows;
                Q_EMIT candidatesChanged();
            },
            Qt::QueuedConnection);
    });
}

void TrackVersions::setOriginal(qint64 trackId, qint64 originalId)
{
    std::optional<qint64> shown;
    if (trackId == m_trackId)
        shown = m_original.value(u"trackId"_s).toLongLong(); // 0: shown as an original
    link(trackId, originalId, shown, true);
}

void TrackVersions::applyField(
    qint64 recordId, const QString &field, const QString &value, const QString &expected)
{
    if (field == originalField)
        link(recordId, value.toLongLong(), expected.toLongLong(), false);
}

void TrackVersions::useMine(qint64 trackId, const QString &mine, const QString &theirs)
{
    link(trackId, mine.toLongLong(), theirs.toLongLong(), true);
}

void TrackVersions::link(qint64 trackId, qint64 originalId, std::optional<qint64> expected, bool newStep)
{
    // The link before, whether the new one would loop, and someone else's link where the
    // expected one was are read where it is written, in one transaction.
    struct Outcome {
        qint64 before = 0;
        bool loops = false;
        std::optional<qint64> theirs;
    };
    auto outcome = std::make_shared<Outcome>();
    write(
        [trackId, originalId, expected, outcome](QSqlDatabase db, QString *error) {
            SqlTransaction transaction(db);
            if (!transaction.isActive()) {
                *error = transaction.error();
                return false;
            }
            const auto before = TrackVersionQueries::originalIdOf(db, trackId, error, true);
            if (!before)
                return false;
            if (expected && *before != *expected) {
                outcome->theirs = *before;
                return false;
            }
            const auto loops = TrackVersionQueries::wouldLoop(db, trackId, originalId, error);
            if (!loops)
                return false;
            outcome->before = *before;
            outcome->loops = *loops;
            if (*loops)
                return true;
            if (!TrackVersionQueries::setOriginal(db, trackId, originalId, error))
                return false;
            if (!transaction.commit()) {
                *error = transaction.error();
                return false;
            }
            return true;
        },
        [this, trackId, originalId, newStep, outcome] {
            if (outcome->loops) {
                Q_EMIT errorOccurred(originalId == trackId ? tr("A recording cannot be a version of itself.")
                                                           : tr("That recording is itself a version of this "
                                                                "one: pick the original it was made from."));
                return;
            }
            if (newStep && outcome->before != originalId) {
                m_history->record({ trackId, historyPrefix + originalField, QString::number(outcome->before),
                    QString::number(originalId),
                    originalId > 0 ? tr("Link to Original") : tr("Unlink from Original") });
            }
        },
        [this, trackId, originalId, outcome] {
            if (!outcome->theirs)
                return false;
            m_history->forget(trackId, historyPrefix + originalField);
            Q_EMIT conflictFound(trackId, QString::number(originalId), QString::number(*outcome->theirs));
            return true;
        });
}

void TrackVersions::write(std::function<bool(QSqlDatabase, QString *)> task, std::function<void()> afterwards,
    std::function<bool()> conflicted)
{
    const CatalogStore store = m_store;
    m_thread->post([this, store, task = std::move(task), afterwards = std::move(afterwards),
                       conflicted = std::move(conflicted)] {
        QString error;
        QSqlDatabase db = store.connection(&error);
        const bool ok = db.isValid() && task(db, &error);
        QMetaObject::invokeMethod(
            this,
            [this, ok, error, afterwards, conflicted] {
                if (!ok && !(conflicted && conflicted()))
                    Q_EMIT errorOccurred(tr("The change was not saved: %1").arg(error));
                else if (ok && afterwards)
                    afterwards();
                reload();
            },
            Qt::QueuedConnection);
    });
}

} // namespace Imprint
