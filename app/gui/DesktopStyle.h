// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

namespace Imprint::DesktopStyle
{

/// Chooses KDE's desktop style for Qt Quick Controls (qqc2-desktop-style: the system's widget
/// style, fonts and colour scheme, which Kirigami.Theme follows), unless QT_QUICK_CONTROLS_STYLE
/// names another, and Breeze icons where the platform names no icon theme: the installed theme,
/// or where there is none (Windows, macOS, a desktop without Breeze) the Breeze icon library's
/// copy. Call after the QApplication exists and before the first QML engine; the GUI and the Qt
/// Quick tests both do.
void apply();

} // namespace Imprint::DesktopStyle
