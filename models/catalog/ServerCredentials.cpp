// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "ServerCredentials.h"

#include <QHash>
#include <QMutex>

namespace Imprint::ServerCredentials
{

namespace
{

// Connections are configured on several threads (the catalog thread, analysis, packaging).
QMutex mutex;
QHash<QString, QString> &passwords()
{
    static QHash<QString, QString> byAddress;
    return byAddress;
}

} // namespace

void remember(const QString &address, const QString &password)
{
    const QMutexLocker lock(&mutex);
    if (password.isEmpty())
        passwords().remove(address);
    else
        passwords().insert(address, password);
}

QString password(const QString &address)
{
    const QMutexLocker lock(&mutex);
    return passwords().value(address);
}

bool asksForPassword(const QString &address, const QString &refusal)
{
    const QString said = QString(refusal).remove(address);
    return said.contains(u"password", Qt::CaseInsensitive) || said.contains(u"Passwort", Qt::CaseInsensitive);
}

void takeFromEnvironment(const QString &address)
{
    if (!qEnvironmentVariableIsSet("PGPASSWORD"))
        return;
    remember(address, qEnvironmentVariable("PGPASSWORD"));
    qunsetenv("PGPASSWORD");
}

} // namespace Imprint::ServerCredentials
