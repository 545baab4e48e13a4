// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "CatalogChangeFeed.h"

#include "Logging.h"

#include <QSqlDriver>
#include <QSqlError>

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

CatalogChangeFeed::CatalogChangeFeed(const CatalogStore &store, QObject *parent)
    : QObject(parent)
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
    // The listening connection is the listener thread's own: its driver watches the socket from
    // that thread's event loop, between nothing else.
    m_listener.post([store, self = this] {
        QString error;
        QSqlDatabase db = store.connection(&error);
        QSqlDriver *driver = db.isValid() ? db.driver() : nullptr;
        if (driver && !driver->subscribeToNotification(channel))
            error = driver->lastError().text();
        if (!error.isEmpty() || !driver) {
            qCWarning(lcCatalog) << "cannot follow other people's changes:" << error;
            QMetaObject::invokeMethod(
                self, [self, error] { Q_EMIT self->failed(error); }, Qt::QueuedConnection);
            return;
        }
        QMetaObject::invokeMethod(
            self,
            [self] {
                self->m_listening = true;
                Q_EMIT self->listeningChanged();
            },
            Qt::QueuedConnection);
        QObject::connect(driver, &QSqlDriver::notification, driver,
            [self](const QString &name, QSqlDriver::NotificationSource, const QVariant &payload) {
                if (name != channel)
                    return;
                QMetaObject::invokeMethod(
                    self, [self, text = payload.toString()] { self->receive(text); }, Qt::QueuedConnection);
            });
    });
}

// The listener thread is stopped (and its connection closed) before the feed goes, so nothing is
// posted to it afterwards.
CatalogChangeFeed::~CatalogChangeFeed() = default;

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
