// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include <QString>

#include <atomic>

namespace Imprint::LibraryCopy
{

/// Whether path (absolute, symbolic links resolved) is the folder root or inside it.
bool isInside(const QString &root, const QString &path);

/// Where a file from outside the library goes when it is copied in: the folder it was imported
/// from keeps its name and layout under the library, so "~/Downloads/Takes/a/b.wav" imported
/// from "~/Downloads/Takes" becomes "LIBRARY/Takes/a/b.wav".
QString destinationFor(const QString &libraryRoot, const QString &sourceFolder, const QString &source);

enum class Outcome {
    Copied,
    AlreadyThere, ///< the target has the source's size and time: an earlier copy of it
    Taken, ///< another file has the target's name; nothing was written
    Cancelled,
    Failed,
};

struct Result {
    Outcome outcome = Outcome::Failed;
    QString error; ///< for Failed: names the file and the reason
};

/// Copies source to target, which must not exist yet: into a hidden file in the target's folder,
/// checked against the source by SHA-256 after it is on the disk, then renamed into place with
/// the source's modification time, so a copy is either complete and verified or not there.
Result copyVerified(const QString &source, const QString &target, const std::atomic_bool &cancel);

} // namespace Imprint::LibraryCopy
