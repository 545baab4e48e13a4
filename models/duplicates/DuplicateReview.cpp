// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "DuplicateReview.h"

#include "catalog/CatalogThread.h"
#include "duplicates/LikelyDuplicates.h"
#include "editing/EditHistory.h"

#include <QVariantMap>
#include <QtMath>

using namespace Qt::StringLiterals;

namespace Imprint
{

namespace
{

// History fields: "keep:<other track>" (1 kept, 0 not) and "merge:<dropped track>" (the undo
// data of LikelyDuplicates::merge before, mergedValue after), on the first or kept track.
constexpr QLatin1StringView keepField { "keep:" };
constexpr QLatin1StringView mergeField { "merge:" };
constexpr QLatin1StringView mergedValue { "merged" };

} // namespace

DuplicateReview::DuplicateReview(
    const CatalogStore &store, CatalogThread *thread, EditHistory *history, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_thread(thread)
    , m_history(history)
{
}

void DuplicateReview::reload()
{
    const CatalogStore store = m_store;
    m_thread->post([this, store] {
        QString error;
        QSqlDatabase db = store.connection(&error);
        const QList<LikelyDuplicate> found
            = db.isValid() ? LikelyDuplicates::find(db, &error) : QList<LikelyDuplicate>();
        const int notAnalysed
            = db.isValid() && error.isEmpty() ? LikelyDuplicates::notAnalysed(db, &error).value_or(0) : 0;
        QMetaObject::invokeMethod(
            this,
            [this, found, notAnalysed, error] {
                if (!error.isEmpty()) {
                    Q_EMIT errorOccurred(tr("Could not look for duplicates: %1").arg(error));
                    return;
                }
                m_notAnalysed = notAnalysed;
                m_pairs.clear();
                for (const LikelyDuplicate &pair : found) {
                    const QString likeness = pair.sameAudio
                        ? tr("the same audio")
                        : tr("%1 % alike").arg(qFloor(pair.similarity * 100));
                    m_pairs.append(QVariantMap { { u"trackA"_s, pair.trackA }, { u"trackB"_s, pair.trackB },
                        { u"titleA"_s, pair.titleA }, { u"titleB"_s, pair.titleB },
                        { u"pathA"_s, pair.pathA }, { u"pathB"_s, pair.pathB },
                        { u"likeness"_s, likeness } });
                }
                Q_EMIT changed();
            },
            Qt::QueuedConnection);
    });
}

void DuplicateReview::keepBoth(qint64 trackA, qint64 trackB)
{
    write([trackA, trackB](QSqlDatabase db, QString *error,
              QString *) { return LikelyDuplicates::keepBoth(db, trackA, trackB, error); },
        [this, trackA, trackB](const QString &) {
            m_history->record({ std::min(trackA, trackB),
                historyPrefix + keepField + QString::number(std::max(trackA, trackB)), u"0"_s, u"1"_s,
                tr("Keep Both") });
        });
}

void DuplicateReview::merge(qint64 keep, qint64 drop)
{
    write(
        [keep, drop](QSqlDatabase db, QString *error, QString *undoData) {
            const std::optional<QString> undo = LikelyDuplicates::merge(db, keep, drop, error);
            if (undo)
                *undoData = *undo;
            return undo.has_value();
        },
        [this, keep, drop](const QString &undoData) {
            m_history->record({ keep, historyPrefix + mergeField + QString::number(drop), undoData,
                mergedValue, tr("Merge Duplicates") });
            Q_EMIT tracksChanged();
        });
}

void DuplicateReview::applyField(qint64 recordId, const QString &field, const QString &value)
{
    if (field.startsWith(keepField)) {
        const qint64 other = field.mid(keepField.size()).toLongLong();
        const bool keep = value == u"1";
        write(
            [recordId, other, keep](QSqlDatabase db, QString *error, QString *) {
                return keep ? LikelyDuplicates::keepBoth(db, recordId, other, error)
                            : LikelyDuplicates::forgetKeepBoth(db, recordId, other, error);
            },
            {});
    } else if (field.startsWith(mergeField)) {
        const qint64 drop = field.mid(mergeField.size()).toLongLong();
        write(
            [recordId, drop, value](QSqlDatabase db, QString *error, QString *) {
                if (value == mergedValue)
                    return LikelyDuplicates::merge(db, recordId, drop, error).has_value();
                return LikelyDuplicates::undoMerge(db, value, error);
            },
            [this](const QString &) { Q_EMIT tracksChanged(); });
    }
}

void DuplicateReview::write(std::function<bool(QSqlDatabase, QString *, QString *)> task,
    std::function<void(const QString &)> afterwards)
{
    const CatalogStore store = m_store;
    m_thread->post([this, store, task = std::move(task), afterwards = std::move(afterwards)] {
        QString error;
        QString result;
        QSqlDatabase db = store.connection(&error);
        const bool ok = db.isValid() && task(db, &error, &result);
        QMetaObject::invokeMethod(
            this,
            [this, ok, error, result, afterwards] {
                if (!ok)
                    Q_EMIT errorOccurred(tr("The change was not saved: %1").arg(error));
                else if (afterwards)
                    afterwards(result);
                reload();
            },
            Qt::QueuedConnection);
    });
}

} // namespace Imprint
