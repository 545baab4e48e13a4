// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

/// A release's cover against what stores ask (DESIGN.md §6, research/industry-notes.md §3):
/// JPEG or PNG, square, at least 3000×3000 px, RGB. What Imprint cannot use or stores refuse
/// outright is refused; a cover that is small or not square is taken with a warning (it can
/// stand in while the release is planned, and ReleaseCatalog::artworkWarning keeps saying so).
namespace Imprint::ArtworkCheck
{

/// Covers above this many bytes are refused: stores and distributors cap uploads (many at
/// 20 MB or less), and a 3000×3000 JPEG is a few MB.
inline constexpr qint64 MaxFileBytes = 20 * 1024 * 1024;
inline constexpr int MinSide = 3000;

/// The edit-history field (under ReleaseCatalog::historyPrefix) of a release's artwork: the
/// artwork asset's id, "0" for none.
inline constexpr QLatin1StringView HistoryField { "artwork" };

/// What the image adapter (app/media/ImageFacts) read from a file.
struct ImageFacts {
    QString path; ///< absolute
    qint64 fileSize = 0;
    bool decoded = false; ///< read to its end
    QString error; ///< why it could not be read, when it could not
    QString format; ///< by content: "JPEG", "PNG", another reader's name ("GIF"), empty: no image
    int width = 0;
    int height = 0;
    QString colour; ///< "rgb", "cmyk", "greyscale", "indexed"
};

struct Verdict {
    QString refusal; ///< empty: the image may be used
    QStringList warnings;
    bool accepted() const { return refusal.isEmpty(); }
};

Verdict judge(const ImageFacts &facts);

/// "Artwork/<Artist>/<Release>" (each part safe as a file name), relative to the library root.
QString libraryFolder(const QString &artist, const QString &releaseTitle);

struct Stored {
    qint64 assetId = 0;
    QString relativePath;
    QString sha256;
};

/// Copies an accepted image into the release's artwork folder as cover.jpg / cover.png
/// (cover-2.jpg… when another file has that name: nothing is overwritten; the same content
/// already there is used as it is), through a temporary file renamed into place, and records
/// it as an artwork asset of the release with its hash and dimensions. Does not link it to the
/// release (ReleasePlanController does, undoably).
std::optional<Stored> storeInLibrary(
    QSqlDatabase db, const QString &libraryRoot, qint64 releaseId, const ImageFacts &facts, QString *error);

} // namespace Imprint::ArtworkCheck
