// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "ArtworkCheck.h"

#include "delivery/DeliveryProfile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Imprint::ArtworkCheck
{

namespace
{

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ArtworkCheck)
};

QString colourName(const QString &colour)
{
    if (colour == u"cmyk")
        return Text::tr("CMYK");
    if (colour == u"greyscale")
        return Text::tr("greyscale");
    if (colour == u"indexed")
        return Text::tr("indexed colour (a palette)");
    return colour;
}

QString sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return {};
    return QString::fromLatin1(hash.result().toHex());
}

// Copies source to a temporary file beside target and renames it into place; false (target
// untouched) when target exists by then or anything fails.
bool copyAtomically(const QString &source, const QString &target, QString *sha256, QString *error)
{
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly)) {
        *error = Text::tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(source), in.errorString());
        return false;
    }
    const QString temporary
        = u"%1.part-%2"_s.arg(target).arg(QRandomGenerator::global()->generate(), 8, 16, QChar(u'0'));
    QFile out(temporary);
    if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        *error = Text::tr("%1 cannot be written: %2")
                     .arg(QDir::toNativeSeparators(temporary), out.errorString());
        return false;
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray buffer(1 << 16, Qt::Uninitialized);
    bool ok = true;
    for (qint64 read = 0; ok && (read = in.read(buffer.data(), buffer.size())) != 0;) {
        ok = read > 0 && out.write(buffer.constData(), read) == read;
        if (ok)
            hash.addData(QByteArrayView(buffer.constData(), read));
    }
    ok = ok && out.flush();
    out.close();
    // QFile::rename never replaces an existing file, so a name taken meanwhile is not overwritten.
    if (!ok || !QFile::rename(temporary, target)) {
        *error = Text::tr("%1 could not be copied to %2.")
                     .arg(QDir::toNativeSeparators(source), QDir::toNativeSeparators(target));
        QFile::remove(temporary);
        return false;
    }
    *sha256 = QString::fromLatin1(hash.result().toHex());
    return true;
}

} // namespace

Verdict judge(const ImageFacts &facts)
{
    Verdict verdict;
    const QString name = QFileInfo(facts.path).fileName();
    if (facts.format.isEmpty()) {
        verdict.refusal = facts.error.isEmpty() ? Text::tr("%1 is not an image.").arg(name)
                                                : Text::tr("%1 is not an image: %2").arg(name, facts.error);
        return verdict;
    }
    if (facts.format != u"JPEG" && facts.format != u"PNG") {
        verdict.refusal = Text::tr("%1 is a %2 image; stores take JPEG or PNG.").arg(name, facts.format);
        return verdict;
    }
    if (!facts.decoded) {
        verdict.refusal = Text::tr("%1 is a damaged %2 image: %3").arg(name, facts.format, facts.error);
        return verdict;
    }
    if (facts.fileSize > MaxFileBytes) {
        verdict.refusal = Text::tr("%1 is %2 MB; covers may be at most %3 MB. Save it as a JPEG.")
                              .arg(name)
                              .arg(double(facts.fileSize) / (1024 * 1024), 0, 'f', 1)
                              .arg(MaxFileBytes / (1024 * 1024));
        return verdict;
    }
    if (facts.colour != u"rgb") {
        verdict.refusal = Text::tr("%1 is %2; stores take RGB covers. Convert it to RGB (sRGB).")
                              .arg(name, colourName(facts.colour));
        return verdict;
    }
    if (facts.width != facts.height)
        verdict.warnings.append(
            Text::tr("The cover is %1×%2 px; it must be square.").arg(facts.width).arg(facts.height));
    if (std::min(facts.width, facts.height) < MinSide)
        verdict.warnings.append(Text::tr("The cover is %1×%2 px; streaming services ask for at least %3×%3.")
                .arg(facts.width)
                .arg(facts.height)
                .arg(MinSide));
    return verdict;
}

QString libraryFolder(const QString &artist, const QString &releaseTitle)
{
    return u"Artwork/%1/%2"_s.arg(
        Delivery::safeFileName(artist.isEmpty() ? Text::tr("Unknown Artist") : artist),
        Delivery::safeFileName(releaseTitle));
}

std::optional<Stored> storeInLibrary(
    QSqlDatabase db, const QString &libraryRoot, qint64 releaseId, const ImageFacts &facts, QString *error)
{
    const auto refuse = [error](const QString &reason) -> std::optional<Stored> {
        if (error)
            *error = reason;
        return std::nullopt;
    };
    if (!judge(facts).accepted())
        return refuse(judge(facts).refusal);
    QSqlQuery query(db);
    query.prepare(u"SELECT r.title, coalesce(p.name, '') FROM releases r "
                  "LEFT JOIN parties p ON p.id = r.primary_artist_id WHERE r.id = ?"_s);
    query.addBindValue(releaseId);
    if (!query.exec())
        return refuse(query.lastError().text());
    if (!query.next())
        return refuse(Text::tr("The release is no longer in the catalog."));
    const QString folder = libraryFolder(query.value(1).toString(), query.value(0).toString());
    const QDir root(libraryRoot);
    if (libraryRoot.isEmpty() || !root.mkpath(folder))
        return refuse(
            Text::tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(root.filePath(folder))));

    const QString suffix = facts.format == u"PNG" ? u"png"_s : u"jpg"_s;
    const QString sourceHash = sha256Of(facts.path);
    if (sourceHash.isEmpty())
        return refuse(Text::tr("%1 cannot be read.").arg(QDir::toNativeSeparators(facts.path)));
    Stored stored;
    for (int n = 1; n < 1000 && stored.relativePath.isEmpty(); ++n) {
        const QString relative
            = u"%1/%2.%3"_s.arg(folder, n == 1 ? u"cover"_s : u"cover-%1"_s.arg(n), suffix);
        const QString target = root.filePath(relative);
        if (QFileInfo::exists(target)) {
            if (sha256Of(target) == sourceHash) { // this very image, copied before
                stored.relativePath = relative;
                stored.sha256 = sourceHash;
            }
            continue;
        }
        QString copyError;
        if (copyAtomically(facts.path, target, &stored.sha256, &copyError))
            stored.relativePath = relative;
        else if (!QFileInfo::exists(target)) // a race for the name moves on to the next one
            return refuse(copyError);
    }
    if (stored.relativePath.isEmpty())
        return refuse(Text::tr("No free file name for the cover in %1.")
                .arg(QDir::toNativeSeparators(root.filePath(folder))));

    const QFileInfo info(root.filePath(stored.relativePath));
    query.prepare(
        u"INSERT INTO assets(rel_path, kind, release_id, size, mtime_ms, content_hash, format, "
        "width, height) VALUES (?, 'artwork', ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(rel_path) DO UPDATE SET "
        "kind = 'artwork', release_id = excluded.release_id, size = excluded.size, "
        "mtime_ms = excluded.mtime_ms, content_hash = excluded.content_hash, "
        "format = excluded.format, width = excluded.width, height = excluded.height"_s);
    query.addBindValue(stored.relativePath);
    query.addBindValue(releaseId);
    query.addBindValue(info.size());
    query.addBindValue(info.lastModified(QTimeZone::UTC).toMSecsSinceEpoch());
    query.addBindValue(stored.sha256);
    query.addBindValue(facts.format);
    query.addBindValue(facts.width);
    query.addBindValue(facts.height);
    if (!query.exec())
        return refuse(query.lastError().text());
    query.prepare(u"SELECT id FROM assets WHERE rel_path = ?"_s);
    query.addBindValue(stored.relativePath);
    if (!query.exec() || !query.next())
        return refuse(query.lastError().text());
    stored.assetId = query.value(0).toLongLong();
    return stored;
}

} // namespace Imprint::ArtworkCheck
