// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "TeamCatalogCheck.h"

#include "catalog/CatalogStore.h"
#include "catalog/ServerAddress.h"
#include "catalog/ServerCredentials.h"

#include <QPointer>
#include <QThread>

using namespace Qt::StringLiterals;

namespace Imprint
{

TeamCatalogCheck::TeamCatalogCheck(QObject *parent)
    : QObject(parent)
{
}

TeamCatalogCheck::~TeamCatalogCheck()
{
    // The connection attempt ends by itself (libpq's connect timeout); its result is dropped.
    if (m_thread)
        m_thread->wait();
}

QString TeamCatalogCheck::addressProblem(const QString &address) const
{
    const QString trimmed = address.trimmed();
    if (trimmed.isEmpty())
        return {};
    QString error;
    if (!ServerAddress::parse(trimmed, &error).isValid())
        return error;
    return {};
}

void TeamCatalogCheck::check(const QString &address, const QString &password)
{
    if (m_thread)
        return;
    const QString location = address.trimmed();
    if (const QString problem = addressProblem(location); !problem.isEmpty() || location.isEmpty()) {
        onChecked(location, problem.isEmpty() ? tr("Type the address of the team catalog.") : problem);
        return;
    }
    ServerCredentials::remember(location, password);
    QPointer<TeamCatalogCheck> self(this);
    m_thread = QThread::create([self, location] {
        const CatalogStore store(location);
        QString error;
        if (!store.open(&error) && error.isEmpty())
            error = tr("the catalog could not be opened");
        store.closeThreadConnection();
        QMetaObject::invokeMethod(
            self.get(),
            [self, location, error] {
                if (self)
                    self->onChecked(location, error);
            },
            Qt::QueuedConnection);
    });
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    m_thread->start();
    Q_EMIT busyChanged();
}

void TeamCatalogCheck::onChecked(const QString &address, const QString &error)
{
    const bool wasBusy = m_thread != nullptr;
    if (m_thread) {
        m_thread->wait();
        m_thread = nullptr;
    }
    m_problem = error;
    m_needsPassword = ServerCredentials::asksForPassword(address, error);
    if (!error.isEmpty())
        ServerCredentials::remember(address, {}); // a wrong password is not kept
    if (wasBusy)
        Q_EMIT busyChanged();
    Q_EMIT finished();
    if (error.isEmpty())
        Q_EMIT ready(address);
}

} // namespace Imprint
