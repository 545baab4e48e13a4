// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import QtQuick.Controls
import org.kde.kirigami as Kirigami
import org.kde.coreaddons as KCoreAddons

// Help › About Imprint: Kirigami's about view of the application's KAboutData (AppInfo.cpp):
// version, description, licence, copyright and the libraries in use.
Kirigami.Dialog {
    id: dialog
    objectName: "aboutDialog"

    title: qsTr("About Imprint")
    preferredWidth: Kirigami.Units.gridUnit * 32
    maximumWidth: Kirigami.Units.gridUnit * 32
    maximumHeight: Kirigami.Units.gridUnit * 28
    standardButtons: Dialog.Close
    padding: Kirigami.Units.largeSpacing

    Kirigami.AboutItem {
        objectName: "aboutItem"
        aboutData: KCoreAddons.AboutData
    }
}
