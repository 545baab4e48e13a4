// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// The tracks of a release in order: disc and track number, title, version, ISRC, duration.
ColumnLayout {
    id: list

    property var tracks: []

    spacing: 0

    Label {
        text: qsTr("Tracks")
        font.bold: true
        font.pixelSize: 16
        Layout.bottomMargin: 6
    }
    Repeater {
        model: list.tracks
        delegate: Rectangle {
            id: row
            required property int index
            required property var modelData
            Layout.fillWidth: true
            implicitHeight: 30
            color: index % 2 ? palette.alternateBase : palette.base
            RowLayout {
                anchors.fill: parent
                anchors.leftMargin: 8
                anchors.rightMargin: 8
                spacing: 12
                Label {
                    Layout.preferredWidth: 48
                    text: row.modelData.disc > 1 ? row.modelData.disc + "-" + row.modelData.number
                                                 : String(row.modelData.number)
                    opacity: 0.7
                }
                Label {
                    Layout.fillWidth: true
                    text: row.modelData.title + (row.modelData.version.length > 0
                                                 ? " (" + row.modelData.version + ")" : "")
                    elide: Text.ElideRight
                }
                Label {
                    Layout.preferredWidth: 130
                    text: row.modelData.isrc
                    font.family: "monospace"
                }
                Label {
                    Layout.preferredWidth: 50
                    text: row.modelData.duration
                    horizontalAlignment: Text.AlignRight
                }
            }
        }
    }
    Label {
        visible: list.tracks.length === 0
        text: qsTr("No tracks on this release yet.")
        opacity: 0.7
    }
}
