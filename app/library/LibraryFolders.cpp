// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "LibraryFolders.h"

#include <KConfigGroup>
#include <KSharedConfig>

#include <QCoreApplication>
#include <QDir>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Imprint::LibraryFolders
{

namespace
{

KConfigGroup folders()
{
    return KSharedConfig::openConfig(u"imprintrc"_s)->group(u"LibraryFolders"_s);
}

// An address holds ':', '/', '?', '=' and '&': percent-encoded, it is a plain key.
QString keyFor(const QString &catalogLocation)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(catalogLocation));
}

} // namespace

QString folder(const QString &catalogLocation)
{
    return folders().readEntry(keyFor(catalogLocation), QString());
}

CatalogStore withLocalFolder(CatalogStore store)
{
    if (store.isOnServer())
        store.setLocalLibraryRoot(folder(store.path()));
    return store;
}

bool use(const CatalogStore &store, const QString &folder, QString *error)
{
    const QString clean = QDir::cleanPath(QDir(folder).absolutePath());
    if (!store.isOnServer())
        return store.setLibraryRoot(clean, error);
    KConfigGroup group = folders();
    group.writeEntry(keyFor(store.path()), clean);
    if (!group.sync()) {
        if (error)
            *error = QCoreApplication::translate("LibraryFolders", "cannot write Imprint's configuration");
        return false;
    }
    return true;
}

} // namespace Imprint::LibraryFolders
