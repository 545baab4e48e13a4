// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Imprint.Models

// The packages made for a release, newest first: when, profile, file, size and SHA-256.
ColumnLayout {
    id: table

    required property DeliveryHistoryModel history
    readonly property var widths: [140, 100, 0, 70, 110]
    readonly property int inset: 8

    spacing: 0

    Label {
        text: qsTr("Delivery history")
        font.bold: true
        font.pixelSize: 15
        Layout.bottomMargin: 6
    }
    RowLayout {
        Layout.fillWidth: true
        Layout.leftMargin: table.inset
        Layout.rightMargin: table.inset
        Layout.bottomMargin: 2
        spacing: 8
        visible: table.history.count > 0
        Repeater {
            model: [qsTr("When"), qsTr("Profile"), qsTr("File"), qsTr("Size"), qsTr("SHA-256")]
            delegate: Label {
                required property int index
                required property string modelData
                text: modelData
                font.bold: true
                opacity: 0.7
                Layout.preferredWidth: table.widths[index]
                Layout.fillWidth: table.widths[index] === 0
            }
        }
    }
    ListView {
        id: rows
        objectName: "deliveryHistory"
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        model: table.history
        ScrollBar.vertical: ScrollBar {}
        delegate: ItemDelegate {
            id: row
            required property string when
            required property string profileName
            required property string fileName
            required property string file
            required property string sizeText
            required property string sha256
            required property string shortHash
            required property bool fileExists
            required property var warnings
            width: ListView.view.width
            leftPadding: table.inset
            rightPadding: table.inset
            ToolTip.visible: hovered
            ToolTip.text: row.file + "\n" + row.sha256
                          + (row.warnings.length > 0 ? "\n" + qsTr("Exported with: %1").arg(row.warnings.join("; ")) : "")
            contentItem: RowLayout {
                spacing: 8
                Label {
                    text: row.when
                    Layout.preferredWidth: table.widths[0]
                    elide: Text.ElideRight
                }
                Label {
                    text: row.profileName
                    Layout.preferredWidth: table.widths[1]
                    elide: Text.ElideRight
                }
                Label {
                    text: row.fileExists ? row.fileName : qsTr("%1 (moved or deleted)").arg(row.fileName)
                    opacity: row.fileExists ? 1 : 0.6
                    Layout.fillWidth: true
                    elide: Text.ElideMiddle
                }
                Label {
                    text: row.sizeText
                    Layout.preferredWidth: table.widths[3]
                    horizontalAlignment: Text.AlignRight
                }
                Label {
                    text: row.shortHash
                    font.family: "monospace"
                    Layout.preferredWidth: table.widths[4]
                }
            }
        }
    }
    Label {
        Layout.fillWidth: true
        Layout.fillHeight: true
        visible: table.history.count === 0
        verticalAlignment: Text.AlignTop
        wrapMode: Text.Wrap
        text: qsTr("No packages made for this release yet.")
        opacity: 0.7
    }
}
