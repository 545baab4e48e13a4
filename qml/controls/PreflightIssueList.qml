// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Imprint

// One group of preflight issues (blockers or warnings): level, track or release, the reason and,
// where there is one, the fix. Each row carries its issue's ruleId and trackId for the views
// that lead to the place of the fix.
ListView {
    id: list

    required property color levelColor

    Layout.fillWidth: true
    Layout.preferredHeight: Math.min(contentHeight, 220)
    clip: true
    spacing: 4
    visible: count > 0
    ScrollBar.vertical: ScrollBar {}
    delegate: RowLayout {
        id: row
        required property var modelData
        readonly property string ruleId: modelData.ruleId
        readonly property int trackId: modelData.trackId
        width: list.width - 12
        spacing: 8
        Label {
            text: row.modelData.levelName
            color: list.levelColor
            font.bold: true
            Layout.preferredWidth: 72
            Layout.alignment: Qt.AlignTop
        }
        ElidedLabel {
            text: row.modelData.subject
            font.bold: true
            Layout.preferredWidth: 110
            Layout.alignment: Qt.AlignTop
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0
            Label {
                Layout.fillWidth: true
                text: row.modelData.message
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                visible: text.length > 0
                text: row.modelData.fix || ""
                wrapMode: Text.Wrap
                opacity: 0.7
                font.pixelSize: 12
            }
            // Under the reason, not beside it: in a narrow pane the reason keeps its width.
            FixLink {
                objectName: "fixLink_" + row.ruleId
                Layout.alignment: Qt.AlignLeft
                target: row.modelData.target
                here: "deliveries"
            }
        }
    }
}
