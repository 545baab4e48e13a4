// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "DeliveryLogging.h"

Q_LOGGING_CATEGORY(lcDelivery, "imprint.delivery", QtInfoMsg)
