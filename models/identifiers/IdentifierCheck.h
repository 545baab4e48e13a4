// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include <QString>

#include <utility>

namespace Imprint
{

/// What a validator found in one piece of user input.
struct IdentifierCheck {
    /// The storage form. When the input is invalid this is still the cleaned-up input (separators
    /// removed, upper-cased), so an editor can show what was understood; only `valid` says it may
    /// be saved as an identifier.
    QString normalized;
    bool valid = false;
    /// Why the input is not valid, in words a musician understands; empty when valid.
    QString reason;

    static IdentifierCheck accept(QString normalized) { return { std::move(normalized), true, {} }; }
    static IdentifierCheck reject(QString normalized, QString reason)
    {
        return { std::move(normalized), false, std::move(reason) };
    }
};

} // namespace Imprint
