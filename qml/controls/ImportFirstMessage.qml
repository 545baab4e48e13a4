// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// What a page that works on tracks shows while the catalog has none: why it is empty, and
// Import Folder… to fill it (off for a viewer of a team catalog).
ColumnLayout {
    id: message

    property alias text: reason.text
    property bool readOnly: false
    /// The button's objectName, for the tests and fix links.
    property alias buttonName: importButton.objectName

    signal importRequested()

    width: Math.min(parent ? parent.width - 48 : 460, 460)
    spacing: 12

    Label {
        id: reason
        Layout.fillWidth: true
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
        opacity: 0.7
    }
    Button {
        id: importButton
        Layout.alignment: Qt.AlignHCenter
        text: qsTr("Import Folder…")
        icon.name: "document-import"
        enabled: !message.readOnly
        onClicked: message.importRequested()
    }
}
