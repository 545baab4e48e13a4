// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "FfmpegLog.h"

#include "audio/AudioLogging.h"

extern "C" {
#include <libavutil/log.h>
}

#include <cstdarg>
#include <mutex>

namespace Imprint::Audio
{

namespace
{

void forward(void *context, int level, const char *format, va_list arguments)
{
    if (!lcDecoder().isDebugEnabled())
        return;
    char line[1024];
    int printPrefix = 1;
    av_log_format_line2(context, level, format, arguments, line, sizeof line, &printPrefix);
    qCDebug(lcDecoder).noquote() << "ffmpeg:" << QString::fromUtf8(line).trimmed();
}

} // namespace

void routeFfmpegLog()
{
    static std::once_flag once;
    std::call_once(once, [] {
        // Warnings and errors only: FFmpeg's info level describes every stream it opens.
        av_log_set_level(AV_LOG_WARNING);
        av_log_set_callback(forward);
    });
}

} // namespace Imprint::Audio
