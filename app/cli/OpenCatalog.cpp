// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "OpenCatalog.h"

#include "catalog/ServerAddress.h"
#include "catalog/ServerCredentials.h"
#include "catalog/TeamRoles.h"
#include "platform/Terminal.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <cstdio>

namespace Imprint::CommandLine
{

bool openAskingForPassword(const CatalogStore &store, QString *error, bool *interrupted)
{
    if (store.open(error))
        return true;
    if (!store.isOnServer() || !ServerCredentials::asksForPassword(store.path(), *error))
        return false;
    const Platform::HiddenLine password = Platform::readHiddenLine(
        QCoreApplication::translate("CommandLine", "Password for %1: ").arg(store.path()));
    switch (password.end) {
    case Platform::HiddenLine::End::Typed:
        break;
    case Platform::HiddenLine::End::NotATerminal:
        error->append(QCoreApplication::translate("CommandLine",
            " (give the password in PGPASSWORD, ~/.pgpass or a service file, "
            "or run the command in a terminal to type it)"));
        return false;
    case Platform::HiddenLine::End::Ended:
        error->append(QCoreApplication::translate("CommandLine", " (no password was typed)"));
        return false;
    case Platform::HiddenLine::End::Interrupted:
        error->append(QCoreApplication::translate("CommandLine", " (cancelled)"));
        if (interrupted)
            *interrupted = true;
        return false;
    }
    ServerCredentials::remember(store.path(), password.text);
    if (store.open(error))
        return true;
    ServerCredentials::remember(store.path(), {}); // a wrong password is not kept
    return false;
}

bool openExistingCatalog(const CatalogStore &store)
{
    QString message;
    QString error;
    bool interrupted = false;
    if (!store.isOnServer() && !QFileInfo::exists(store.path()))
        message = QCoreApplication::translate("CommandLine", "imprint: catalog %1 does not exist")
                      .arg(QDir::toNativeSeparators(store.path()));
    else if (!openAskingForPassword(store, &error, &interrupted))
        message = interrupted
            ? QCoreApplication::translate("CommandLine", "imprint: interrupted")
            : QCoreApplication::translate("CommandLine", "imprint: cannot open the catalog: %1").arg(error);
    if (message.isEmpty())
        return true;
    std::fprintf(stderr, "%s\n", qPrintable(message));
    return false;
}

bool mayChangeCatalog(const CatalogStore &store)
{
    QSqlDatabase db = store.connection();
    if (!store.isOnServer() || TeamRoles::access(db) != TeamRoles::Access::Viewer)
        return true;
    const QString editor = TeamRoles::namesFor(ServerAddress::parse(store.path()).database()).editor;
    std::fprintf(stderr, "%s\n",
        qPrintable(QCoreApplication::translate("CommandLine",
            "imprint: you may only read the team catalog %1; ask its owner to make you an editor "
            "(a member of the role %2)")
                .arg(store.path(), editor)));
    return false;
}

bool openCatalogToChange(const CatalogStore &store)
{
    return openExistingCatalog(store) && mayChangeCatalog(store);
}

bool openCatalogToCreate(const CatalogStore &store)
{
    QString error;
    if (openAskingForPassword(store, &error))
        return mayChangeCatalog(store);
    std::fprintf(stderr, "%s\n",
        qPrintable(
            QCoreApplication::translate("CommandLine", "imprint: cannot open the catalog: %1").arg(error)));
    return false;
}

} // namespace Imprint::CommandLine
