// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// What an empty catalog shows: how to get started.
ColumnLayout {
    id: empty

    property bool importing: false
    /// A viewer of a team catalog: nothing can be imported into it.
    property bool readOnly: false

    signal importRequested()

    spacing: 12

    Label {
        Layout.alignment: Qt.AlignHCenter
        text: qsTr("Your catalog is empty")
        font.pixelSize: 22
    }
    Label {
        Layout.alignment: Qt.AlignHCenter
        Layout.maximumWidth: 420
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
        opacity: 0.7
        text: qsTr("Import a folder of takes, masters and stems, or drop a folder here. Imprint reads their tags and keeps the files where they are.")
    }
    Button {
        Layout.alignment: Qt.AlignHCenter
        text: qsTr("Import Folder…")
        highlighted: true
        enabled: !empty.importing && !empty.readOnly
        onClicked: empty.importRequested()
    }
}
