// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "ArchiveLogging.h"

Q_LOGGING_CATEGORY(lcArchive, "imprint.archive", QtInfoMsg)
