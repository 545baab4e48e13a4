// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "ServerAddress.h"

#include "catalog/ServerCredentials.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Imprint
{

namespace
{

// A value as libpq's key=value connection strings quote it.
QString quoted(QString value)
{
    value.replace(u'\\', u"\\\\"_s).replace(u'\'', u"\\'"_s);
    return u'\'' + value + u'\'';
}

} // namespace

bool ServerAddress::isServerAddress(const QString &location)
{
    return location.startsWith(u"postgresql://"_s, Qt::CaseInsensitive)
        || location.startsWith(u"postgres://"_s, Qt::CaseInsensitive);
}

ServerAddress ServerAddress::parse(const QString &location, QString *error)
{
    ServerAddress address;
    const auto fail = [&](const QString &why) {
        if (error)
            *error = QCoreApplication::translate("ServerAddress", "%1: %2").arg(location, why);
        return ServerAddress();
    };
    if (!isServerAddress(location))
        return fail(QCoreApplication::translate("ServerAddress", "not a postgresql:// address"));
    const QUrl url(location, QUrl::StrictMode);
    if (!url.isValid())
        return fail(url.errorString());
    if (!url.password().isEmpty())
        return fail(QCoreApplication::translate("ServerAddress",
            "a password does not belong in the address; use PGPASSWORD, ~/.pgpass or a service file"));
    address.m_host = url.host();
    address.m_port = url.port(-1);
    address.m_user = url.userName();
    address.m_database = url.path().mid(1);
    address.m_location = location;
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == u"host")
            address.m_host = value;
        else if (key == u"port")
            address.m_port = value.toInt();
        else if (key == u"user")
            address.m_user = value;
        else if (key == u"dbname")
            address.m_database = value;
        else if (key == u"password")
            return fail(QCoreApplication::translate("ServerAddress",
                "a password does not belong in the address; use PGPASSWORD, ~/.pgpass or a service file"));
        else if (!key.isEmpty() && key.at(0).isLetter())
            address.m_options.append(key + u'=' + quoted(value));
    }
    address.m_valid = true;
    return address;
}

QString ServerAddress::withDatabase(const QString &database) const
{
    // By hand: QUrl would drop the empty authority of postgresql:///database.
    const qsizetype authority = m_location.indexOf(u"://"_s) + 3;
    qsizetype path = m_location.indexOf(u'/', authority);
    const qsizetype query = m_location.indexOf(u'?', authority);
    if (path < 0 || (query >= 0 && path > query))
        path = query < 0 ? m_location.size() : query;
    const qsizetype end = query < 0 ? m_location.size() : query;
    return m_location.left(path) + u'/' + QString::fromLatin1(QUrl::toPercentEncoding(database))
        + m_location.mid(end);
}

QString ServerAddress::toString() const
{
    return m_location;
}

void ServerAddress::configure(QSqlDatabase &db) const
{
    db.setHostName(m_host);
    if (m_port > 0)
        db.setPort(m_port);
    db.setUserName(m_user);
    db.setDatabaseName(m_database);
    QStringList options = m_options;
    // A server that does not answer is said so within seconds, not after the system's TCP timeout.
    if (!std::ranges::any_of(
            options, [](const QString &option) { return option.startsWith(u"connect_timeout="_s); }))
        options.append(u"connect_timeout=10"_s);
    db.setConnectOptions(options.join(u' '));
    // A password typed in this run; otherwise libpq finds one where it always looks.
    if (const QString password = ServerCredentials::password(m_location); !password.isEmpty())
        db.setPassword(password);
}

} // namespace Imprint
