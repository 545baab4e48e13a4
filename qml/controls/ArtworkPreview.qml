// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A release's cover with its size and what streaming services would object to.
ColumnLayout {
    id: preview

    property url source
    property string size
    property string warning

    spacing: 6

    Rectangle {
        Layout.preferredWidth: 220
        Layout.preferredHeight: 220
        color: palette.mid
        Image {
            anchors.fill: parent
            source: preview.source
            sourceSize: Qt.size(440, 440)
            fillMode: Image.PreserveAspectFit
            asynchronous: true
        }
        Label {
            anchors.centerIn: parent
            visible: preview.source.toString().length === 0
            text: qsTr("No artwork")
        }
    }
    Label {
        text: preview.size
        opacity: 0.7
        visible: preview.size.length > 0
    }
    Label {
        Layout.maximumWidth: 220
        visible: preview.warning.length > 0
        text: "⚠ " + preview.warning
        color: "#9a6700"
        wrapMode: Text.Wrap
    }
}
