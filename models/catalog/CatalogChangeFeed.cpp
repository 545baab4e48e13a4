// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "CatalogChangeFeed.h"

#include "Logging.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Imprint
{

namespace
{

const QString channel = u"imprint_changes"_s;

// An id of the payload: empty is none (0); anything else must be a positive number.
std::optional<qint64> idOf(const QString &text)
{
    if (text.isEmpty())
        return 0;
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    return ok && id > 0 ? std::optional(id) : std::nullopt;
}

} // namespace

std::optional<CatalogChange> CatalogChange::parse(const QString &payload)
{
    const QStringList parts = payload.split(u' ');
    if (parts.size() != 6 || parts.at(1).isEmpty())
        return std::nullopt;
    const auto track = idOf(parts.at(2));
    const auto release = idOf(parts.at(3));
    const auto asset = idOf(parts.at(4));
    const auto work = idOf(parts.at(5));
    if (!track || !release || !asset || !work)
        return std::nullopt;
    return CatalogChange { parts.at(0), parts.at(1), *track, *release, *asset, *work };
}

CatalogChangeFeed::CatalogChangeFeed(const CatalogStore &store, int checkMs, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_listener(store)
{
    m_gather.setSingleShot(true);
    m_gather.setInterval(GatherMs);
    connect(&m_gather, &QTimer::timeout, this, [this] {
        m_seen.clear();
        Q_EMIT changed(std::exchange(m_pending, {}));
    });
    if (!store.isOnServer())
        return;
    m_check.setInterval(checkMs);
    connect(&m_check, &QTimer::timeout, this, &CatalogChangeFeed::check);
    m_check.start();
    check(); // the first listens
}

// The listener thread is stopped (and its connection closed) before the feed goes, so nothing is
// posted to it afterwards.
CatalogChangeFeed::~CatalogChangeFeed() = default;

// On the listener thread: while listening, whether the connection still answers; otherwise a new
// connection that listens. A lost connection is closed, so the next check opens a new one.
void CatalogChangeFeed::check()
{
    if (m_checking) // the last one waits for a server that does not answer yet
        return;
    m_checking = true;
    m_listener.post([self = this, store = m_store, wasListening = m_listening] {
        QString error;
        QSqlDatabase db = store.connection(&error);
        if (wasListening && error.isEmpty()) {
            // The driver closes a connection it saw end; a query on it then fails with no error.
            QSqlQuery ping(db);
            if (!db.isOpen() || !ping.exec(u"SELECT 1"_s)) {
                error = ping.lastError().text();
                if (error.trimmed().isEmpty())
                    error = tr("the server closed the connection");
            }
        } else if (QSqlDriver *driver = db.isValid() ? db.driver() : nullptr) {
            // The driver watches the socket from this thread's event loop, between nothing else.
            if (driver->subscribeToNotification(channel)) {
                QObject::connect(driver, &QSqlDriver::notification, driver,
                    [self](const QString &name, QSqlDriver::NotificationSource, const QVariant &payload) {
                        if (name != channel)
                            return;
                        QMetaObject::invokeMethod(
                            self, [self, text = payload.toString()] { self->receive(text); },
                            Qt::QueuedConnection);
                    });
            } else {
                error = driver->lastError().text();
                if (error.isEmpty())
                    error = tr("the server does not take the request to listen");
            }
        }
        if (!error.isEmpty())
            store.closeThreadConnection();
        QMetaObject::invokeMethod(
            self,
            [self, error] {
                self->m_checking = false;
                self->setListening(error.isEmpty(), error);
            },
            Qt::QueuedConnection);
    });
}

void CatalogChangeFeed::setListening(bool listening, const QString &reason)
{
    if (listening == m_listening) {
        if (!listening && !m_lost) { // the first try failed: said once, tried again quietly
            m_lost = true;
            qCWarning(lcCatalog) << "cannot follow other people's changes:" << reason;
            Q_EMIT failed(reason.simplified());
        }
        return;
    }
    m_listening = listening;
    Q_EMIT listeningChanged();
    if (!listening) {
        m_lost = true;
        qCWarning(lcCatalog) << "stopped following other people's changes:" << reason;
        Q_EMIT failed(tr("the connection to the server was lost (%1); Imprint connects again as soon as "
                         "it answers")
                .arg(reason.simplified())); // a server's reason runs over several lines
    } else if (std::exchange(m_lost, false)) {
        qCInfo(lcCatalog) << "following other people's changes again";
        Q_EMIT resumed();
    }
}

void CatalogChangeFeed::receive(const QString &payload)
{
    const auto change = CatalogChange::parse(payload);
    if (!change) {
        qCWarning(lcCatalog) << "ignoring a change notice that is not Imprint's:" << payload;
        return;
    }
    if (change->client == CatalogStore::clientId() || m_seen.contains(payload))
        return;
    m_seen.insert(payload);
    m_pending.append(*change);
    if (!m_gather.isActive())
        m_gather.start();
}

} // namespace Imprint
