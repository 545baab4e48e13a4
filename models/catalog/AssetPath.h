// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

/// Asset paths are stored relative to the catalog's library root (DESIGN.md §2). A path that is
/// absolute or climbs out with ".." would let a hostile catalog (a JSON export, a restored
/// backup) point Imprint's writers at any file of the user: these checks keep every path inside.
namespace Imprint::AssetPath
{

/// Why relativePath cannot be stored as an asset path (absolute, a drive letter, a ".." or "."
/// component, empty, a control character); empty when it is a plain relative path. Backslashes
/// count as separators, so "..\\x" is refused on every system.
QString unsafeReason(const QString &relativePath);

/// relativePath as it is stored and resolved: every backslash a '/', as unsafeReason reads
/// it, so "Mixes\\a.wav" names the same file on every system (Qt gives '/' on all of them).
QString normalized(const QString &relativePath);

/// The file at relativePath under libraryRoot: a stored path resolved the same way on every
/// system (backslashes are separators). For paths that unsafeReason accepts.
QString resolve(const QString &libraryRoot, const QString &relativePath);

/// Why a file found on disk at relativePath (from the library folder, as QDir gives it) cannot
/// be cataloged: a name holding a backslash, which a stored path reads as a separator (Linux
/// allows one in a name; Windows does not). Empty when it can.
QString foundFileReason(const QString &relativePath);

/// Why absolutePath, with ".." and symbolic links resolved, is not a file inside libraryRoot;
/// empty when it is, or when there is no such file (nothing can be written to it). For writers,
/// just before they touch a file.
QString outsideRootReason(const QString &libraryRoot, const QString &absolutePath);

/// An asset row whose stored path is refused.
struct BadRow {
    qint64 id = 0;
    QString path;
    QString reason;
    /// "assets, id 7: path "../x.wav": '..' component"
    QString describe() const;
};

/// Every asset row of the catalog on db whose path unsafeReason() refuses, by id. *error is set
/// when the table cannot be read.
QList<BadRow> badStoredPaths(QSqlDatabase db, QString *error);

/// Whether the catalog on db refers to any file at all (false too when it cannot tell).
bool anyAssets(QSqlDatabase db);

/// A file the catalog refers to, as stored.
struct StoredFile {
    QString path; ///< relative to the library folder
    QString sha256; ///< lower-case hex, as an analysis recorded it; empty when never analysed
};
/// Every file the catalog on db refers to, by path; empty with *error set when it cannot be read.
QList<StoredFile> storedFiles(QSqlDatabase db, QString *error);

/// Stores newPath (a plain relative path) as the path of asset id, after its file was copied
/// there. False with *error set when the row cannot be changed (the path is another asset's).
bool relocate(QSqlDatabase db, qint64 id, const QString &newPath, QString *error);

} // namespace Imprint::AssetPath
