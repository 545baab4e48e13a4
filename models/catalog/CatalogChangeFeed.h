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
///
/// The listening connection is checked every checkMs; one that was lost (a server restart, a
/// network outage) is opened again as soon as the server answers, and resumed() says that
/// changes made meanwhile were missed.
class CatalogChangeFeed : public QObject
{
    Q_OBJECT

public:
    /// How often the listening connection is checked, and a lost one tried again, by default.
    static constexpr int CheckMs = 5000;

    explicit CatalogChangeFeed(const CatalogStore &store, int checkMs = CheckMs, QObject *parent = nullptr);
    ~CatalogChangeFeed() override;

    /// How long changes are gathered after the first of a burst, in milliseconds.
    static constexpr int GatherMs = 100;

    /// Whether the feed listens: changes committed from now on arrive.
    bool isListening() const { return m_listening; }

Q_SIGNALS:
    void listeningChanged();
    /// Changes other clients committed, oldest first (the same change once).
    void changed(const QList<Imprint::CatalogChange> &changes);
    /// The feed could not listen, or stopped (the views then show others' changes only on a
    /// reload, until resumed()).
    void failed(const QString &reason);
    /// Listening again after the connection was lost: changes committed meanwhile were not
    /// announced here, so what the views show must be read again.
    void resumed();

private:
    void receive(const QString &payload);
    void check();
    void setListening(bool listening, const QString &reason);

    QList<CatalogChange> m_pending;
    QSet<QString> m_seen; ///< the payloads of m_pending
    bool m_listening = false;
    bool m_lost = false; ///< listened, then lost the connection
    bool m_checking = false; ///< a check is on its way on the listener thread
    CatalogStore m_store;
    QTimer m_gather;
    QTimer m_check;
    CatalogThread m_listener; // last: it stops before the rest goes
};

} // namespace Imprint
