// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One day of the month grid: its number and the chips due that day. A drop target for releases.
Rectangle {
    id: cell

    required property int index
    required property int day
    required property string isoDate
    required property bool inMonth
    required property bool isToday
    required property bool isWeekend
    required property var items
    property bool current: false
    property real selectedReleaseId: 0
    property bool dropHovered: false

    signal selected()
    signal chipClicked(var item)
    signal chipDragMoved(var item, point scenePosition)
    signal chipDragEnded()

    color: dropHovered ? Qt.alpha(palette.highlight, 0.25)
         : isWeekend ? Qt.darker(palette.base, 1.04) : palette.base
    border.color: current ? palette.highlight : palette.mid
    border.width: current ? 2 : 0.5
    clip: true

    TapHandler {
        onTapped: cell.selected()
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 3
        spacing: 2

        Label {
            Layout.alignment: Qt.AlignRight
            text: cell.day
            opacity: cell.inMonth ? 1 : 0.4
            font.bold: cell.isToday
            color: cell.isToday ? palette.highlightedText : palette.text
            leftPadding: 4
            rightPadding: 4
            background: Rectangle {
                visible: cell.isToday
                radius: height / 2
                color: palette.highlight
            }
        }
        Repeater {
            model: cell.items
            delegate: CalendarChip {
                required property var modelData
                item: modelData
                Layout.fillWidth: true
                selected: modelData.releaseId === cell.selectedReleaseId
                onClicked: cell.chipClicked(modelData)
                onDragMoved: position => cell.chipDragMoved(modelData, position)
                onDragEnded: cell.chipDragEnded()
            }
        }
        Item {
            Layout.fillHeight: true
        }
    }
}
