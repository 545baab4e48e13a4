// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "catalog/CatalogStore.h"
#include "rights/ClearanceBoardModel.h"
#include "rights/ReadinessMatrixModel.h"

#include <QObject>
#include <QSqlDatabase>
#include <QVariantList>
#include <QVariantMap>
#include <QtQmlIntegration>

#include <functional>

namespace Imprint
{

class CatalogThread;
class EditHistory;

/// Rights of the open catalog for the rights page: the readiness matrix (tracks × uses), the
/// clearance board, the selected track's provenance and its checklist, and undoable edits of
/// provenance fields and clearance statuses. Part of CatalogSession, whose catalog thread and
/// edit history it shares.
class RightsCatalog : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by CatalogSession")
    Q_PROPERTY(Imprint::ReadinessMatrixModel *matrix READ matrix CONSTANT)
    Q_PROPERTY(Imprint::ClearanceBoardModel *board READ board CONSTANT)
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)
    Q_PROPERTY(qint64 currentTrackId READ currentTrackId WRITE setCurrentTrackId NOTIFY currentChanged)
    Q_PROPERTY(QVariantMap provenance READ provenance NOTIFY currentChanged)
    Q_PROPERTY(QVariantList syncChecklist READ syncChecklist NOTIFY currentChanged)

public:
    /// The prefixes of this catalog's fields in the shared edit history.
    static constexpr QLatin1StringView historyPrefix { "rights." };
    static constexpr QLatin1StringView provenancePrefix { "rights.provenance." };
    static constexpr QLatin1StringView clearanceStatusField { "rights.clearance.status" };

    RightsCatalog(const CatalogStore &store, CatalogThread *thread, EditHistory *history, QObject *parent);

    ReadinessMatrixModel *matrix() { return &m_matrix; }
    ClearanceBoardModel *board() { return &m_board; }
    bool isLoading() const { return m_pendingLoads > 0; }
    qint64 currentTrackId() const { return m_currentTrackId; }
    void setCurrentTrackId(qint64 id);
    /// Every provenance field (RightsQueries::provenanceFields) of the current track, as text.
    QVariantMap provenance() const;
    /// What the current track still needs to become sync-ready: [{rule, severity, message, fix}].
    QVariantList syncChecklist() const;

    /// The findings of one cell of the matrix, lower levels' blockers included when they are
    /// what keeps it from "ready": [{rule, severity, message, fix, level}].
    Q_INVOKABLE QVariantList reasons(int row, int column) const;

    /// Reads the facts again (today's date) and re-evaluates every track.
    Q_INVOKABLE void reload();
    /// Sets a provenance field of a track, undoably. False (and errorOccurred) when refused.
    Q_INVOKABLE bool setProvenanceField(qint64 trackId, const QString &field, const QString &value);
    /// Moves a clearance item to a status, undoably.
    Q_INVOKABLE bool setClearanceStatus(qint64 itemId, const QString &status);

    /// Applies a value from the edit history (undo/redo); field carries historyPrefix.
    void applyField(qint64 recordId, const QString &field, const QString &value);

    /// Blocks until queued work has finished and its results arrived (tests).
    void waitForIdle();

Q_SIGNALS:
    void loadingChanged();
    void currentChanged();
    void reloaded();
    void errorOccurred(const QString &message);
    void writeFailed();

private:
    void write(std::function<bool(QSqlDatabase, QString *)> change);

    CatalogStore m_store;
    CatalogThread *m_thread;
    EditHistory *m_history;
    ReadinessMatrixModel m_matrix;
    ClearanceBoardModel m_board;
    qint64 m_currentTrackId = 0;
    int m_pendingLoads = 0;
};

} // namespace Imprint
