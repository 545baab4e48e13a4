// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "catalog/CatalogStore.h"
#include "delivery/StemQueries.h"

#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <atomic>
#include <optional>

class QDir;

// What a stem pack and a set of cut-downs share on their way into a track's library folder: the
// facts of a decoded file, a free name in the folder, and the last step, which moves the checked
// files into place and records them as assets of the track, all or nothing.
namespace Imprint::Delivery
{

/// The library root the files go under; empty, with *error saying how to name one, when this
/// computer has no library folder for the catalog's files (or it is not there).
QString libraryRootToPlaceIn(const CatalogStore &store, QString *error);

/// A temporary folder under root for the files on their way in (named after what they are:
/// "stems", "cutdowns"), so that moving them into place is a rename on the same disk; none, with
/// *error naming root, when it cannot be made.
std::optional<QTemporaryDir> workFolderIn(const QString &root, QStringView what, QString *error);

/// What the decoder says about a file, and whether it decodes to its end (error otherwise).
struct DecodedFile {
    QString error;
    QString format;
    int sampleRate = 0, bitDepth = 0, channels = 0;
    qint64 frames = 0;
    QString audioKey;
    double seconds() const { return sampleRate > 0 ? double(frames) / sampleRate : 0.0; }
    qint64 ms() const;
};

DecodedFile decodeFile(const QString &path);

/// The SHA-256 of the file, as hex text; empty when it cannot be read.
QString sha256Hex(const QString &path);

/// Whether the name has an extension the decoders read.
bool isAudioFileName(const QString &name);

/// A name for entry's file in folder that is not taken yet, neither on disk nor by an earlier
/// file of the same batch or a catalog row (taken, lower case: start it with recordedNames).
QString freeFileName(const QDir &folder, const QString &entry, QSet<QString> *taken);

/// The file names (lower case) the catalog records in folder (relative to the library root): a
/// file removed by hand keeps its row, and a new file of that name would collide with it.
QSet<QString> recordedNames(QSqlDatabase db, const QString &folder);

/// "<top>/<Artist>/<Title>[ (<Version>)]", relative to the library root.
QString trackFolder(const QString &top, const StemQueries::StemTarget &target);

/// Moves each of sources to its row's relPath under root and records the rows as assets of kind
/// of the track, in one transaction that commits only once every file is in place; on any failure
/// or cancel the files are taken back and the catalog is unchanged. folder is the rows' folder.
bool placeAndRecord(QSqlDatabase db, const QString &root, const QString &folder, qint64 trackId,
    const QString &kind, const QList<StemQueries::StemAsset> &rows, const QStringList &sources,
    const std::atomic_bool &cancel, QString *error, bool *cancelled);

} // namespace Imprint::Delivery
