// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "tags/TagSet.h"

#include <QString>
#include <QStringList>

namespace Imprint::Testing
{

/// Every container the tag adapters handle, by file extension.
QStringList tagContainers();
/// Whether the container needs ffmpeg to be generated (all but WAV, FLAC, AIFF).
bool needsFfmpeg(const QString &extension);
bool haveFfmpeg();

/// A short stereo tone in folder/name.extension: WAV/FLAC/AIFF with libsndfile, the lossy
/// containers and WavPack encoded by ffmpeg. Empty path with *error on failure.
QString makeAudioFile(const QString &folder, const QString &name, const QString &extension, QString *error);

/// A 12-second melody in folder/name.extension, the same for the same take (another take is
/// another melody), its level scaled by gain: WAV, FLAC and an MP3 of one take are one recording
/// encoded three ways, as near-duplicate detection meets them.
QString makeTakeFile(const QString &folder, const QString &name, const QString &extension, int take,
    double gain, QString *error);

/// A TagSet with every field filled, non-ASCII text and a small PNG cover.
TagSet fullTagSet();

QByteArray fileBytes(const QString &path);

} // namespace Imprint::Testing
