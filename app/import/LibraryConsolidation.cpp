// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "LibraryConsolidation.h"

#include "catalog/AssetPath.h"
#include "import/LibraryCopy.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Imprint
{

namespace
{

struct Text {
    Q_DECLARE_TR_FUNCTIONS(LibraryConsolidation)
};

struct Outside {
    qint64 id = 0;
    QString storedPath;
    QString absolutePath;
};

QList<Outside> outsideAssets(const CatalogStore &store, QSqlDatabase db, const QString &root, QString *error)
{
    QList<Outside> list;
    for (const AssetPath::BadRow &row : AssetPath::badStoredPaths(db, error)) {
        const QString absolute = store.absoluteAssetPath(root, row.path);
        if (!LibraryCopy::isInside(root, absolute))
            list.append({ row.id, row.path, absolute });
    }
    return list;
}

} // namespace

QString ConsolidationSummary::describe() const
{
    if (!fatalError.isEmpty())
        return Text::tr("Nothing was copied: %1").arg(fatalError);
    if (outside == 0)
        return Text::tr("Every file the catalog refers to is in its library folder.");
    QString text = Text::tr("%n file(s) copied into the library folder", nullptr, copied);
    if (!problems.isEmpty())
        text += u", "_s + Text::tr("%n left where it is", nullptr, int(problems.size()));
    if (cancelled)
        text = Text::tr("Cancelled: %1. Run it again to copy the rest.").arg(text);
    return text;
}

LibraryConsolidation::LibraryConsolidation(const CatalogStore &store)
    : m_store(store)
{
}

QString LibraryConsolidation::insidePathFor(const QString &storedPath)
{
    // Paths written on Windows may use backslashes; they are separators here too.
    const QString clean = QDir::cleanPath(QString(storedPath).replace(u'\\', u'/'));
    if (QDir::isAbsolutePath(clean)) {
        const QFileInfo info(clean);
        const QString folder = info.dir().dirName();
        return folder.isEmpty() || folder == u"."_s ? info.fileName() : folder + u'/' + info.fileName();
    }
    QStringList parts = clean.split(u'/', Qt::SkipEmptyParts);
    while (!parts.isEmpty() && (parts.constFirst() == u".." || parts.constFirst() == u"."))
        parts.removeFirst();
    return parts.join(u'/');
}

int LibraryConsolidation::countOutside() const
{
    QString error;
    QSqlDatabase db = m_store.connection(&error);
    const QString root = m_store.libraryRoot();
    if (!db.isValid() || root.isEmpty())
        return 0;
    return int(outsideAssets(m_store, db, root, &error).size());
}

ConsolidationSummary LibraryConsolidation::run(const std::atomic_bool &cancel)
{
    ConsolidationSummary summary;
    QString error;
    QSqlDatabase db = m_store.connection(&error);
    const QString root = m_store.libraryRoot();
    if (!db.isValid()) {
        summary.fatalError = error;
        return summary;
    }
    if (root.isEmpty()) {
        summary.fatalError = Text::tr("this computer has no library folder for the catalog's files yet: "
                                      "name one (File › Library Folder…, or imprint library-folder)");
        return summary;
    }
    const QList<Outside> assets = outsideAssets(m_store, db, root, &error);
    if (!error.isEmpty()) {
        summary.fatalError = error;
        return summary;
    }
    summary.outside = int(assets.size());
    for (qsizetype i = 0; i < assets.size(); ++i) {
        const Outside &asset = assets.at(i);
        const QString source = QDir::toNativeSeparators(asset.absolutePath);
        if (m_progress)
            m_progress(int(i), summary.outside, asset.absolutePath);
        if (cancel) {
            summary.cancelled = true;
            break;
        }
        const QString relative = insidePathFor(asset.storedPath);
        const QString target = QDir(root).filePath(relative);
        if (!QFileInfo(asset.absolutePath).isFile()) {
            summary.problems.append(Text::tr("%1: the file is missing, so it cannot be copied").arg(source));
            continue;
        }
        const LibraryCopy::Result copied = LibraryCopy::copyVerified(asset.absolutePath, target, cancel);
        if (copied.outcome == LibraryCopy::Outcome::Cancelled) {
            summary.cancelled = true;
            break;
        }
        if (copied.outcome == LibraryCopy::Outcome::Failed) {
            summary.problems.append(copied.error);
            continue;
        }
        if (copied.outcome == LibraryCopy::Outcome::Taken) {
            summary.problems.append(Text::tr("%1: not copied, the library already has a different file at %2")
                    .arg(source, QDir::toNativeSeparators(target)));
            continue;
        }
        if (!AssetPath::relocate(db, asset.id, relative, &error)) {
            // The catalog still points at the original; a copy nobody refers to would only confuse.
            if (copied.outcome == LibraryCopy::Outcome::Copied)
                QFile::remove(target);
            summary.problems.append(u"%1: %2"_s.arg(source, error));
            continue;
        }
        ++summary.copied;
    }
    if (m_progress && !summary.cancelled)
        m_progress(summary.outside, summary.outside, {});
    db = {};
    m_store.closeThreadConnection();
    return summary;
}

} // namespace Imprint
