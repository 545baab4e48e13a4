// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "AudioLogging.h"

Q_LOGGING_CATEGORY(lcAudio, "imprint.audio", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDecoder, "imprint.audio.decoder", QtWarningMsg)
