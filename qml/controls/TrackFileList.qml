// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Imprint
import Imprint.Models

// The selected track's stems and cut-downs, each with Remove: a stem that fails its checks or a
// wrong cut-down goes from the track (Ctrl+Z brings it back), so the one exported again can be
// attached in its place. Where a failing stem's or cut-down's fix link on the Quality page leads.
ColumnLayout {
    id: list

    required property TrackFiles files
    property bool readOnly: false

    spacing: 2
    visible: list.files.files.length > 0

    Repeater {
        model: list.files.files
        delegate: RowLayout {
            id: row
            required property var modelData
            // A failing file's fix link leads here (trackFile_<assetId>/removeTrackFileButton).
            objectName: "trackFile_" + row.modelData.assetId
            Layout.fillWidth: true
            spacing: 6
            Label {
                text: row.modelData.kind === "stem" ? qsTr("Stem") : qsTr("Cut-down")
                opacity: 0.7
                Layout.preferredWidth: 70
            }
            Label {
                objectName: "trackFileName"
                text: row.modelData.label
                elide: Text.ElideMiddle
                Layout.fillWidth: true
                ToolTip.visible: nameHover.hovered
                ToolTip.text: row.modelData.path
                HoverHandler {
                    id: nameHover
                }
            }
            Button {
                objectName: "removeTrackFileButton"
                text: qsTr("Remove")
                icon.name: "list-remove"
                enabled: !list.readOnly
                onClicked: list.files.remove(row.modelData.assetId)
                ToolTip.visible: hovered
                ToolTip.text: row.modelData.kind === "stem"
                              ? qsTr("Take this stem off the track (Ctrl+Z brings it back). The file stays in the library folder.")
                              : qsTr("Take this cut-down off the track (Ctrl+Z brings it back). The file stays in the library folder.")
            }
        }
    }
}
