// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include <QByteArray>
#include <QString>

/// The text of a file a spreadsheet saved, or why it cannot be read safely.
///
/// A byte-order mark decides: UTF-8, UTF-16 LE or UTF-16 BE (a spreadsheet's "Unicode text").
/// Without one the file must be UTF-8. Anything else (Windows-1252, Latin-1, Mac Roman…) is
/// refused, naming the first line that is not UTF-8: those encodings cannot be told apart from
/// the bytes alone, and a wrong guess would store garbled titles in the catalog.
namespace Imprint::TextDecoding
{

struct Decoded {
    QString text;
    /// Empty when the text was decoded; otherwise why not, naming the line.
    QString error;
};

Decoded decode(const QByteArray &bytes);

} // namespace Imprint::TextDecoding
