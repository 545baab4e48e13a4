// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "catalog/CatalogStore.h"
#include "catalog/CatalogThread.h"

#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QTimer>

#include <optional>

namespace Imprint
{

/// One committed change to a row of a team catalog, as its trigger announced it (Migrations:
/// changeFeed): the table and the ids the row holds, 0 where it holds none.
struct CatalogChange {
    QString client; ///< the writer's CatalogStore::clientId, empty for other programs
    QString table;
    qint64 trackId = 0;
    qint64 releaseId = 0;
    qint64 assetId = 0;
    qint64 workId = 0;

    /// The change a notification's payload describes; nullopt for text that is not one.
    static std::optional<CatalogChange> parse(const QString &payload);
    bool operator==(const CatalogChange &) const = default;
};

/// Other people's changes to a team catalog as they are committed (PostgreSQL LISTEN/NOTIFY),
/// gathered for a moment so a burst arrives as one batch. A connection and a thread of its own
/// listen; this process's own changes are left out (its views already show them). A catalog
/// file has nothing to listen to: the feed stays silent.
class CatalogChangeFeed : public QObject
{
    Q_OBJECT

public:
    explicit CatalogChangeFeed(const CatalogStore &store, QObject *parent = nullptr);
    ~CatalogChangeFeed() override;

    /// How long changes are gathered after the first of a burst, in milliseconds.
    static constexpr int GatherMs = 100;

    /// Whether the feed listens: changes committed from now on arrive.
    bool isListening() const { return m_listening; }

Q_SIGNALS:
    void listeningChanged();
    /// Changes other clients committed, oldest first (the same change once).
    void changed(const QList<Imprint::CatalogChange> &changes);
    /// The feed could not listen (the views then show others' changes only on a reload).
    void failed(const QString &reason);

private:
    void receive(const QString &payload);

    QList<CatalogChange> m_pending;
    QSet<QString> m_seen; ///< the payloads of m_pending
    bool m_listening = false;
    QTimer m_gather;
    CatalogThread m_listener; // last: it stops before the rest goes
};

} // namespace Imprint
