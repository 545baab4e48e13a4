// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

namespace Imprint::GuiApplication
{

/// Opens the main window on a catalog (--catalog FILE, else the default one).
/// --self-test loads every page and quits, failing on any QML warning;
/// --screenshot FILE saves the populated window to FILE and quits (--page KEY shows a page first,
/// --dialog KEY opens a dialog on it).
int run(int argc, char **argv);

} // namespace Imprint::GuiApplication
