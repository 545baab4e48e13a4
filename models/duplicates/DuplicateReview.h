// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "catalog/CatalogStore.h"

#include <QObject>
#include <QVariantList>
#include <QtQmlIntegration>

#include <functional>

namespace Imprint
{

class CatalogThread;
class EditHistory;

/// The likely duplicates of the open catalog for the Catalog page (LikelyDuplicates): pairs of
/// tracks that are probably the same take, to merge into one track or keep both. Both are
/// undoable; Keep Both is remembered, so the pair is not shown again. Part of CatalogSession,
/// whose catalog thread and edit history it shares.
class DuplicateReview : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by CatalogSession")
    /// [{trackA, trackB, titleA, titleB, pathA, pathB, likeness}], most alike first; likeness
    /// says how alike for people ("the same audio", "93 % alike").
    Q_PROPERTY(QVariantList pairs READ pairs NOTIFY changed)
    Q_PROPERTY(int count READ count NOTIFY changed)
    /// Tracks whose audio is not analysed yet: their duplicates are found after the analysis.
    Q_PROPERTY(int notAnalysed READ notAnalysed NOTIFY changed)

public:
    /// The prefix of this part's fields in the shared edit history.
    static constexpr QLatin1StringView historyPrefix { "duplicates." };

    DuplicateReview(const CatalogStore &store, CatalogThread *thread, EditHistory *history, QObject *parent);

    QVariantList pairs() const { return m_pairs; }
    int count() const { return int(m_pairs.size()); }
    int notAnalysed() const { return m_notAnalysed; }

    /// Rereads the pairs (after an import, a merge, an undo).
    Q_INVOKABLE void reload();
    /// Remembers that the two tracks are different recordings. Undoable.
    Q_INVOKABLE void keepBoth(qint64 trackA, qint64 trackB);
    /// Keeps track keep; drop's files become keep's and drop leaves the catalog. Undoable.
    Q_INVOKABLE void merge(qint64 keep, qint64 drop);

    /// Applies a value from the edit history (undo/redo); field is without the prefix.
    void applyField(qint64 recordId, const QString &field, const QString &value);

Q_SIGNALS:
    void changed();
    /// Tracks were merged or brought back: the track table is out of date.
    void tracksChanged();
    void errorOccurred(const QString &message);

private:
    /// Runs a write on the catalog thread; afterwards (on success) gets what the write returned.
    void write(std::function<bool(QSqlDatabase, QString *, QString *)> task,
        std::function<void(const QString &)> afterwards);

    CatalogStore m_store;
    CatalogThread *m_thread;
    EditHistory *m_history;
    QVariantList m_pairs;
    int m_notAnalysed = 0;
};

} // namespace Imprint
