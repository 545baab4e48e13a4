// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "cli/CommandLine.h"
#include "gui/GuiApplication.h"

#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(ImprintPlugin)
Q_IMPORT_QML_PLUGIN(Imprint_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(Imprint_AppPlugin)

int main(int argc, char **argv)
{
    if (!Imprint::GuiApplication::takes(argc, argv))
        return Imprint::CommandLine::run(argc, argv);
    return Imprint::GuiApplication::run(argc, argv);
}
