// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcAudio)
/// What decoding libraries say (FFmpeg's av_log, mpg123's notes): debug messages, off unless
/// QT_LOGGING_RULES="imprint.audio.decoder.debug=true"; the reason a file fails reaches the
/// user through the decoder's error instead.
Q_DECLARE_LOGGING_CATEGORY(lcDecoder)
