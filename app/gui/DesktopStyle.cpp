// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "DesktopStyle.h"

#include <BreezeIcons>

#include <QIcon>
#include <QQuickStyle>

using namespace Qt::StringLiterals;

namespace Imprint::DesktopStyle
{

void apply()
{
    if (qEnvironmentVariableIsEmpty("QT_QUICK_CONTROLS_STYLE"))
        QQuickStyle::setStyle(u"org.kde.desktop"_s);
    // Without a desktop's platform theme (offscreen, a bare X server, another desktop) Qt names
    // no icon theme, or only hicolor.
    const QString theme = QIcon::themeName();
    if (theme.isEmpty() || theme == "hicolor"_L1)
        QIcon::setThemeName(u"breeze"_s);
    QIcon::setFallbackThemeName(u"breeze"_s);
    // Where no Breeze is installed (Windows and macOS have no icon themes; a Linux desktop may
    // lack it), the icons come from the library's copy under :/icons, which Qt searches too.
    BreezeIcons::initIcons();
}

} // namespace Imprint::DesktopStyle
