// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "MetadataExport.h"

#include "CatalogJson.h"
#include "TrackCsv.h"

#include <QSaveFile>

namespace Imprint::MetadataExport
{

bool toDevice(const QSqlDatabase &db, Format format, QIODevice *out, QString *error)
{
    return format == Format::Json ? CatalogJson::writeCatalog(db, out, error)
                                  : TrackCsv::writeTracks(db, out, error);
}

bool toFile(const QSqlDatabase &db, Format format, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    if (!toDevice(db, format, &file, error)) {
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace Imprint::MetadataExport
