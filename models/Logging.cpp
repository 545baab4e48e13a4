// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "Logging.h"

Q_LOGGING_CATEGORY(lcCatalog, "imprint.catalog", QtInfoMsg)
Q_LOGGING_CATEGORY(lcImport, "imprint.import", QtInfoMsg)
Q_LOGGING_CATEGORY(lcTags, "imprint.tags", QtInfoMsg)
