// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "AssetPath.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Imprint::AssetPath
{

namespace
{

struct Text {
    Q_DECLARE_TR_FUNCTIONS(AssetPath)
};

} // namespace

QString unsafeReason(const QString &relativePath)
{
    if (relativePath.isEmpty())
        return Text::tr("the path is empty");
    for (const QChar c : relativePath) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return Text::tr("the path holds a control character");
    }
    if (relativePath.startsWith(u'/') || relativePath.startsWith(u'\\'))
        return Text::tr("the path is absolute, not relative to the library folder");
    if (relativePath.size() >= 2 && relativePath.at(1) == u':' && relativePath.at(0).isLetter())
        return Text::tr("the path is absolute (drive letter), not relative to the library folder");
    static const QRegularExpression separators(u"[/\\\\]"_s);
    for (const QString &part : relativePath.split(separators)) {
        if (part == u"..")
            return Text::tr("the path leaves the library folder (\"..\")");
        if (part == u"." || part.isEmpty())
            return Text::tr("the path has an empty or \".\" component");
    }
    return {};
}

QString normalized(const QString &relativePath)
{
    QString path = relativePath;
    return path.replace(u'\\', u'/');
}

QString resolve(const QString &libraryRoot, const QString &relativePath)
{
    return QDir::cleanPath(QDir(libraryRoot).absoluteFilePath(normalized(relativePath)));
}

QString foundFileReason(const QString &relativePath)
{
    if (relativePath.contains(u'\\'))
        return Text::tr("the name holds a backslash, which Windows reads as a folder "
                        "separator; rename it to import it");
    return {};
}

QString outsideRootReason(const QString &libraryRoot, const QString &absolutePath)
{
    if (libraryRoot.isEmpty())
        return Text::tr("the catalog has no library folder");
    const QString root = QFileInfo(libraryRoot).canonicalFilePath();
    if (root.isEmpty())
        return Text::tr("the catalog's library folder %1 does not exist")
            .arg(QDir::toNativeSeparators(libraryRoot));
    // A file that is not there cannot be written; the writer says so in its own words.
    const QString file = QFileInfo(absolutePath).canonicalFilePath();
    if (file.isEmpty())
        return {};
    if (!file.startsWith(root + u'/'))
        return Text::tr("the file is %1, outside the library folder %2; it is not written")
            .arg(QDir::toNativeSeparators(file), QDir::toNativeSeparators(root));
    return {};
}

QString BadRow::describe() const
{
    return Text::tr("assets, id %1: path \"%2\": %3").arg(id).arg(path, reason);
}

QList<BadRow> badStoredPaths(QSqlDatabase db, QString *error)
{
    QList<BadRow> rows;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT id, rel_path FROM assets ORDER BY id"_s)) {
        if (error)
            *error = query.lastError().text();
        return rows;
    }
    while (query.next()) {
        const QString path = query.value(1).toString();
        if (const QString reason = unsafeReason(path); !reason.isEmpty())
            rows.append({ query.value(0).toLongLong(), path, reason });
    }
    return rows;
}

bool anyAssets(QSqlDatabase db)
{
    QSqlQuery query(db);
    return query.exec(u"SELECT 1 FROM assets LIMIT 1"_s) && query.next();
}

QList<StoredFile> storedFiles(QSqlDatabase db, QString *error)
{
    QList<StoredFile> files;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT rel_path, coalesce(content_hash, '') FROM assets ORDER BY rel_path"_s)) {
        *error = query.lastError().text();
        return files;
    }
    while (query.next())
        files.append({ query.value(0).toString(), query.value(1).toString() });
    return files;
}

bool relocate(QSqlDatabase db, qint64 id, const QString &newPath, QString *error)
{
    if (const QString reason = unsafeReason(newPath); !reason.isEmpty()) {
        *error = reason;
        return false;
    }
    QSqlQuery query(db);
    query.prepare(u"UPDATE assets SET rel_path = ? WHERE id = ?"_s);
    query.addBindValue(newPath);
    query.addBindValue(id);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    if (query.numRowsAffected() != 1) {
        *error = Text::tr("assets, id %1: no such row").arg(id);
        return false;
    }
    return true;
}

} // namespace Imprint::AssetPath
