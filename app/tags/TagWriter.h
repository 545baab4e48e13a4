// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "tags/TagSet.h"

#include <QList>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>

namespace Imprint::Tags
{

enum class TagWriteStatus {
    Written, ///< the file now holds the tags, verified
    Unchanged, ///< the file already held them: not touched
    Preview, ///< dry run: `changes` lists what a write would change; not touched
    Failed, ///< not written; the original is untouched (byte-identical)
    Cancelled, ///< not attempted
};

/// The bytes a write left, known when the written file's audio hashed to the request's
/// knownAudioHash: the catalog records them to keep the file's analysis.
struct WrittenBytes {
    QString sha256; ///< lower-case hex
    qint64 size = 0;
    qint64 mtimeMs = 0;
};

struct TagWriteResult {
    QString path;
    QString format; ///< "FLAC", "MP3"… (empty when unknown)
    TagWriteStatus status = TagWriteStatus::Failed;
    QList<TagChange> changes; ///< from the file's tags to the wanted ones
    QString reason; ///< why it failed, for people
    /// Written, and the audio is proven to be the one the catalog analysed: the copy decodes to
    /// the request's knownAudioHash, or the original had the bytes of its knownContentHash.
    std::optional<WrittenBytes> catalogAudioKept;

    bool ok() const { return status != TagWriteStatus::Failed; }
    /// "<path>: <reason>" for failures, empty otherwise.
    QString message() const;
};

struct TagWriteOptions {
    bool dryRun = false;
    /// Test hook: runs on the written temporary copy before it is verified, to inject failures.
    std::function<void(const QString &temporaryPath)> beforeVerify;
    /// Test hook: runs each time a file's audio is decoded to prove the write left it alone.
    std::function<void(const QString &path)> onAudioDecoded;
};

/// Reads the tags of one file; nullopt with "<path>: <reason>" in *error.
std::optional<TagSet> readFileTags(const QString &path, QString *error);

/// Writes tags into one file atomically and verified: a copy in the same folder is tagged, read
/// back and compared with tags, its audio hashed and compared with the original's, then renamed
/// over the original (keeping its permissions). On any failure the original is untouched.
TagWriteResult writeFileTags(const QString &path, const TagSet &tags, const TagWriteOptions &options = {});

/// The wanted tags from the file's current ones, e.g. CatalogTags::overlay: fields the caller
/// does not know keep what the file has.
using TagTransform = std::function<TagSet(const TagSet &current)>;

/// writeFileTags() with the wanted tags computed from the tags the file holds, read once.
TagWriteResult writeFileTags(
    const QString &path, const TagTransform &wanted, const TagWriteOptions &options = {});

struct TagWriteRequest {
    QString path;
    TagSet tags;
    TagTransform transform; ///< when set, the wanted tags are transform(current) instead of tags
    /// When set, the file is only written if it resolves (after ".." and symbolic links) to a file
    /// inside this folder: a catalog's asset path can never make Imprint write elsewhere.
    std::optional<QString> libraryRoot = std::nullopt;
    /// The catalog's hash of the file's audio (assets.audio_hash), when it has one: a tagged copy
    /// whose audio hashes to it needs no decode of the original. Any other outcome (never
    /// analysed, the file changed since, M4A's own hash) decodes the original as without it.
    QByteArray knownAudioHash = {};
    /// The catalog's SHA-256 (hex) of the bytes it analysed (assets.content_hash), when it has
    /// one: an original with these bytes, written with its audio proven unchanged, keeps its
    /// analysis whatever its format hashes (TagWriteResult::catalogAudioKept).
    QString knownContentHash = {};
};

/// writeFileTags() for one request: refused when it resolves outside its library root.
TagWriteResult writeFileTags(const TagWriteRequest &request, const TagWriteOptions &options = {});

/// After each file: how many are done, of how many, and that file's result.
using TagWriteProgress = std::function<void(int done, int total, const TagWriteResult &result)>;

/// Writes the requests, several files at once (at most threads; 0: one per core): a failure is
/// reported in its result and the rest proceed. Once cancel is set, the files not started yet are
/// reported as Cancelled. One result per request, in order; progress comes on the calling
/// thread in request order, up to the first Cancelled file.
QList<TagWriteResult> writeTags(const QList<TagWriteRequest> &requests, bool dryRun,
    const std::atomic_bool &cancel, const TagWriteProgress &progress = {}, int threads = 0);

QString statusName(TagWriteStatus status);

} // namespace Imprint::Tags
