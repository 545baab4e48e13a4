// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "OpenCatalog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <cstdio>

namespace Imprint::CommandLine
{

bool openExistingCatalog(const CatalogStore &store)
{
    QString message;
    QString error;
    if (!store.isOnServer() && !QFileInfo::exists(store.path()))
        message = QCoreApplication::translate("CommandLine", "imprint: catalog %1 does not exist")
                      .arg(QDir::toNativeSeparators(store.path()));
    else if (!store.open(&error))
        message
            = QCoreApplication::translate("CommandLine", "imprint: cannot open the catalog: %1").arg(error);
    if (message.isEmpty())
        return true;
    std::fprintf(stderr, "%s\n", qPrintable(message));
    return false;
}

} // namespace Imprint::CommandLine
