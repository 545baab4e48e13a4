// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

namespace Imprint::GuiApplication
{

/// Whether the arguments are all the GUI's: its options below and Qt's own (-platform NAME,
/// -style NAME…). A word that is no option (a command, known or not), --help and --version are
/// the command line's.
bool takes(int argc, char **argv);

/// Opens the main window on a catalog (--catalog FILE, which must exist unless --new is given;
/// else the default one, created on first start).
/// --self-test loads every page and quits, failing on any QML warning;
/// --screenshot FILE saves the populated window to FILE and quits (--page KEY shows a page first,
/// --dialog KEY opens a dialog on it).
int run(int argc, char **argv);

} // namespace Imprint::GuiApplication
