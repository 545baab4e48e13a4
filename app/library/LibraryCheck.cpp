// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "LibraryCheck.h"

#include "catalog/AssetPath.h"
#include "hash/Sha256.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Imprint
{

namespace
{

struct Text {
    Q_DECLARE_TR_FUNCTIONS(LibraryCheck)
};

} // namespace

QString LibraryCheckResult::describe() const
{
    const QString where = QDir::toNativeSeparators(folder);
    if (!fatalError.isEmpty())
        return Text::tr("The library in %1 could not be checked: %2").arg(where, fatalError);
    if (total == 0)
        return Text::tr("The catalog refers to no files yet; new ones will be looked for in %1.").arg(where);
    QString text = Text::tr("%1 of %n file(s) found in %2", nullptr, total).arg(found).arg(where);
    QStringList details;
    if (verified > 0)
        details.append(Text::tr("%n the same as recorded (SHA-256)", nullptr, verified));
    if (!missing.isEmpty())
        details.append(Text::tr("%n missing", nullptr, int(missing.size())));
    if (!changed.isEmpty())
        details.append(
            Text::tr("%n changed since last analysed, or another file", nullptr, int(changed.size())));
    if (!unreadable.isEmpty())
        details.append(Text::tr("%n unreadable", nullptr, int(unreadable.size())));
    if (!details.isEmpty())
        text += u": "_s + details.join(u", "_s);
    text += u'.';
    if (cancelled)
        text = Text::tr("Stopped before the end. %1").arg(text);
    return text;
}

LibraryCheck::LibraryCheck(const CatalogStore &store)
    : m_store(store)
{
}

LibraryCheckResult LibraryCheck::run(const QString &folder, const std::atomic_bool &cancel)
{
    LibraryCheckResult result;
    result.folder = QDir::cleanPath(QDir(folder).absolutePath());
    if (!QFileInfo(result.folder).isDir()) {
        result.fatalError = Text::tr("it is not a folder");
        return result;
    }
    QString error;
    const QSqlDatabase db = m_store.connection(&error);
    const QList<AssetPath::StoredFile> files
        = db.isValid() ? AssetPath::storedFiles(db, &error) : QList<AssetPath::StoredFile>();
    if (!error.isEmpty()) {
        result.fatalError = error;
        return result;
    }
    result.total = int(files.size());
    int done = 0;
    for (const AssetPath::StoredFile &file : files) {
        if (cancel.load()) {
            result.cancelled = true;
            break;
        }
        if (m_progress)
            m_progress(done, result.total, file.path);
        ++done;
        const QString absolute = AssetPath::resolve(result.folder, file.path);
        if (!QFileInfo(absolute).isFile()) {
            result.missing.append(file.path);
            continue;
        }
        ++result.found;
        if (file.sha256.isEmpty())
            continue; // never analysed: nothing recorded to compare with
        QString reason;
        const QByteArray digest = Sha256::hashFile(absolute, &reason, &cancel);
        if (digest.isEmpty()) {
            if (cancel.load()) {
                result.cancelled = true;
                break;
            }
            result.unreadable.append(u"%1: %2"_s.arg(file.path, reason));
        } else if (QString::fromLatin1(digest.toHex()) == file.sha256) {
            ++result.verified;
        } else {
            result.changed.append(file.path);
        }
    }
    if (m_progress && !result.cancelled)
        m_progress(result.total, result.total, {});
    return result;
}

} // namespace Imprint
