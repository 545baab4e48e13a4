// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include <QString>
#include <QStringList>

namespace Imprint::TrackMatch
{

/// The words of a track search: case-folded (so "É" finds "é"), split at spaces.
QStringList words(const QString &text);

/// Whether every word appears in a row's search key (TrackRow::updateSearchKey). The catalog page
/// and `imprint tracks --search` both decide with this, so they always find the same tracks.
bool matches(const QString &searchKey, const QStringList &words);

} // namespace Imprint::TrackMatch
