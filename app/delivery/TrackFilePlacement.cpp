// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "TrackFilePlacement.h"

#include "audio/AudioProbe.h"
#include "audio/AudioReader.h"
#include "catalog/SqlTransaction.h"
#include "delivery/DeliveryProfile.h"
#include "hash/Sha256.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Imprint::Delivery
{

QString libraryRootToPlaceIn(const CatalogStore &store, QString *error)
{
    const QString root = store.libraryRoot();
    if (!root.isEmpty() && QFileInfo(root).isDir())
        return root;
    *error = QCoreApplication::translate("Delivery",
        "this computer has no library folder for the catalog's files yet: name one (File › Library "
        "Folder…, or imprint library-folder)");
    return {};
}

std::optional<QTemporaryDir> workFolderIn(const QString &root, QStringView what, QString *error)
{
    QTemporaryDir work(QDir(root).filePath(u".imprint-%1-XXXXXX"_s.arg(what)));
    if (work.isValid())
        return work;
    *error = QCoreApplication::translate("Delivery", "%1: cannot create a temporary folder").arg(root);
    return std::nullopt;
}

qint64 DecodedFile::ms() const
{
    return qint64(std::llround(seconds() * 1000.0));
}

DecodedFile decodeFile(const QString &path)
{
    DecodedFile facts;
    Audio::AudioReader reader;
    if (!reader.open(path, &facts.error))
        return facts;
    const Audio::ProbeResult probe = Audio::probeDecodable(path);
    if (!probe.decodable)
        facts.error = probe.reason;
    facts.format = probe.info.container;
    facts.sampleRate = probe.info.sampleRate;
    facts.bitDepth = probe.info.bitDepth;
    facts.channels = probe.info.channels;
    facts.frames = probe.info.frames;
    facts.audioKey = QString::fromLatin1(probe.audioKey);
    return facts;
}

QString sha256Hex(const QString &path)
{
    return QString::fromLatin1(Sha256::hashFile(path).toHex());
}

bool isAudioFileName(const QString &name)
{
    return Audio::audioFormatFor(name).has_value();
}

QString freeFileName(const QDir &folder, const QString &entry, QSet<QString> *taken)
{
    const QFileInfo info(entry);
    const QString base = safeFileName(info.completeBaseName());
    const QString suffix = info.suffix().isEmpty() ? QString() : u'.' + info.suffix().toLower();
    QString name = base + suffix;
    for (int n = 2; taken->contains(name.toLower()) || QFileInfo::exists(folder.filePath(name)); ++n)
        name = u"%1 (%2)%3"_s.arg(base).arg(n).arg(suffix);
    taken->insert(name.toLower());
    return name;
}

QSet<QString> recordedNames(QSqlDatabase db, const QString &folder)
{
    QSet<QString> names;
    QSqlQuery query(db);
    // substr rather than LIKE: artist and title may hold % or _.
    const QString prefix = folder + u'/';
    query.prepare(u"SELECT rel_path FROM assets WHERE substr(rel_path, 1, ?) = ?"_s);
    query.addBindValue(prefix.toUcs4().size()); // characters, as substr counts them
    query.addBindValue(prefix);
    if (query.exec()) {
        while (query.next())
            names.insert(query.value(0).toString().mid(prefix.size()).toLower());
    }
    return names;
}

QString trackFolder(const QString &top, const StemQueries::StemTarget &target)
{
    QString title = target.title;
    if (!target.version.isEmpty())
        title += u" (%1)"_s.arg(target.version);
    return u"%1/%2/%3"_s.arg(top,
        safeFileName(target.artist.isEmpty() ? QCoreApplication::translate("Delivery", "Unknown Artist")
                                             : target.artist),
        safeFileName(title));
}

bool placeAndRecord(QSqlDatabase db, const QString &root, const QString &folder, qint64 trackId,
    const QString &kind, const QList<StemQueries::StemAsset> &rows, const QStringList &sources,
    const std::atomic_bool &cancel, QString *error, bool *cancelled)
{
    SqlTransaction transaction(db);
    if (!transaction.isActive()) {
        *error = transaction.error();
        return false;
    }
    if (!StemQueries::insertTrackFiles(db, trackId, kind, rows, error))
        return false;
    const QDir destination(QDir(root).filePath(folder));
    const bool folderExisted = destination.exists();
    QStringList moved;
    const auto takeBack = [&] {
        for (const QString &file : std::as_const(moved))
            QFile::remove(file);
        if (!folderExisted)
            QDir(root).rmpath(folder);
        return false;
    };
    if (!QDir().mkpath(destination.path())) {
        *error = QCoreApplication::translate("Delivery", "%1: cannot create the folder").arg(folder);
        return takeBack();
    }
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QString to = QDir(root).filePath(rows.at(i).relPath);
        // QFile::rename never replaces an existing file, so nothing already there is lost.
        if (!QFile::rename(sources.at(i), to)) {
            *error = QCoreApplication::translate("Delivery", "%1: cannot move into the library")
                         .arg(rows.at(i).relPath);
            return takeBack();
        }
        moved.append(to);
    }
    if (cancel.load() || !transaction.commit()) {
        *cancelled = cancel.load();
        if (!*cancelled)
            *error = transaction.error();
        return takeBack();
    }
    return true;
}

} // namespace Imprint::Delivery
