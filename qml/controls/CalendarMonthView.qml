// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import org.kde.kirigami as Kirigami
import Imprint
import QtQuick.Controls
import QtQuick.Layouts
import Imprint.Models

// The month grid: weekday names by the locale, 42 days from CalendarMonthModel, keyboard
// navigation (arrows between days, Page Up/Down between months, T for today) and dragging a
// release to another day with the consequences shown before the drop. Releases without a date
// wait above the grid until they are dragged onto a day or given one with the calendar button
// beside them.
FocusScope {
    id: view
    Kirigami.Theme.colorSet: Kirigami.Theme.View
    Kirigami.Theme.inherit: false

    required property PlanningSession planning
    property int currentRow: -1
    property real dragReleaseId: 0
    property string dragTitle: ""
    property string hoverIso: ""
    property var preview: ({})
    /// Shown, not planned (a viewer of a team catalog): no new releases, no rescheduling.
    property bool readOnly: false

    /// New Release on a day (double-click, the day's menu, or N on the focused day).
    signal newReleaseRequested(string isoDate)

    /// currentIsoDate() kept current when Page Up/Down shows another month under the same row.
    readonly property string focusedIsoDate: planning.month.firstDate && currentRow >= 0 ? currentIsoDate() : ""

    /// The focused day as ISO text, or "" before the grid has one.
    function currentIsoDate() {
        return currentRow >= 0 ? planning.month.data(planning.month.index(currentRow, 0), CalendarMonthModel.IsoDateRole) : ""
    }
    function step(days) {
        const row = planning.month.stepFrom(currentRow, days)
        if (row >= 0)
            currentRow = row
    }
    function today() {
        currentRow = planning.month.showToday()
    }

    Component.onCompleted: currentRow = planning.month.showToday()

    Keys.onLeftPressed: step(-1)
    Keys.onRightPressed: step(1)
    Keys.onUpPressed: step(-7)
    Keys.onDownPressed: step(7)
    Keys.onPressed: event => {
        if (event.key === Qt.Key_PageUp) {
            planning.month.previousMonth()
            event.accepted = true
        } else if (event.key === Qt.Key_PageDown) {
            planning.month.nextMonth()
            event.accepted = true
        } else if (event.key === Qt.Key_T) {
            today()
            event.accepted = true
        } else if (event.key === Qt.Key_N && event.modifiers === Qt.NoModifier && !readOnly) {
            newReleaseRequested(currentIsoDate())
            event.accepted = true
        }
    }

    // A chip dragged from a day or from the releases without a date: the ghost follows it.
    function dragMoved(item, position) {
        view.dragReleaseId = item.releaseId
        view.dragTitle = item.title
        const local = view.mapFromItem(null, position.x, position.y)
        ghost.x = local.x - ghost.width / 2
        ghost.y = local.y - ghost.height / 2
    }
    function dragEnded() {
        ghost.Drag.drop()
        view.dragReleaseId = 0
        view.hoverIso = ""
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        FontMetrics {
            id: chipText
            font.pixelSize: 11
            font.bold: true
        }
        Flow {
            objectName: "unscheduledReleases"
            Layout.fillWidth: true
            Layout.bottomMargin: 6
            visible: view.planning.unscheduled.length > 0
            spacing: 6
            Label {
                text: view.readOnly ? qsTr("Without a date:") : qsTr("Without a date (drag onto a day, or choose one):")
                font.pixelSize: 11
                opacity: 0.7
            }
            Repeater {
                model: view.planning.unscheduled
                delegate: Row {
                    id: undated
                    required property var modelData
                    spacing: 2
                    CalendarChip {
                        objectName: "unscheduledRelease"
                        anchors.verticalCenter: parent.verticalCenter
                        width: Math.min(chipText.boundingRect(undated.modelData.title).width + 12, 220)
                        item: ({ kind: "release", releaseId: undated.modelData.releaseId,
                                 title: undated.modelData.title, state: "upcoming", hardLimitPassed: false })
                        selected: undated.modelData.releaseId === view.planning.currentReleaseId
                        movable: !view.readOnly
                        onClicked: view.planning.currentReleaseId = undated.modelData.releaseId
                        onDragMoved: position => view.dragMoved(item, position)
                        onDragEnded: view.dragEnded()
                    }
                    // The keyboard's way onto a day (Tab to it, Space, pick): as a drop does.
                    DatePickButton {
                        objectName: "planUndatedButton"
                        visible: !view.readOnly
                        enabled: visible
                        dateName: undated.modelData.title
                        isoDate: view.focusedIsoDate
                        onPicked: isoDate => {
                            view.planning.currentReleaseId = undated.modelData.releaseId
                            view.planning.moveRelease(undated.modelData.releaseId, isoDate)
                        }
                    }
                }
            }
        }

        DayOfWeekRow {
            Layout.fillWidth: true
            locale: Qt.locale()
        }

        Grid {
            id: grid
            Layout.fillWidth: true
            Layout.fillHeight: true
            columns: 7
            readonly property real cellWidth: width / 7
            readonly property real cellHeight: height / 6

            Repeater {
                model: view.planning.month
                delegate: CalendarDayCell {
                    id: cell
                    width: grid.cellWidth
                    height: grid.cellHeight
                    current: index === view.currentRow && view.activeFocus
                    selectedReleaseId: view.planning.currentReleaseId
                    dropHovered: drop.containsDrag
                    readOnly: view.readOnly
                    onSelected: {
                        view.currentRow = index
                        view.forceActiveFocus()
                    }
                    onNewReleaseRequested: view.newReleaseRequested(cell.isoDate)
                    onChipClicked: item => {
                        view.currentRow = index
                        view.planning.currentReleaseId = item.releaseId
                        view.forceActiveFocus()
                    }
                    onChipDragMoved: (item, position) => view.dragMoved(item, position)
                    onChipDragEnded: view.dragEnded()

                    DropArea {
                        id: drop
                        anchors.fill: parent
                        keys: ["imprint/release"]
                        enabled: !view.readOnly
                        onEntered: {
                            view.hoverIso = cell.isoDate
                            view.preview = view.planning.previewMove(view.dragReleaseId, cell.isoDate)
                        }
                        onDropped: {
                            view.planning.moveRelease(view.dragReleaseId, cell.isoDate)
                            view.currentRow = index
                        }
                    }
                }
            }
        }
    }

    // What follows the pointer while a release is dragged.
    Rectangle {
        id: ghost
        visible: view.dragReleaseId !== 0
        width: ghostLabel.implicitWidth + 12
        height: ghostLabel.implicitHeight + 6
        radius: 3
        color: Kirigami.Theme.highlightColor
        Drag.active: view.dragReleaseId !== 0
        Drag.keys: ["imprint/release"]
        Drag.hotSpot.x: width / 2
        Drag.hotSpot.y: height / 2
        Label {
            id: ghostLabel
            anchors.centerIn: parent
            text: view.dragTitle
            color: Kirigami.Theme.highlightedTextColor
            font.bold: true
        }
    }

    // The consequences of dropping here, before the drop.
    Pane {
        objectName: "movePreview"
        Kirigami.Theme.colorSet: Kirigami.Theme.Tooltip
        Kirigami.Theme.inherit: false
        visible: view.dragReleaseId !== 0 && view.hoverIso !== ""
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: 12
        width: Math.min(parent.width - 24, 560)
        background: Rectangle {
            radius: 6
            color: Kirigami.Theme.backgroundColor
            border.color: view.preview.overdueAfter > 0 || (view.preview.hardLimitsPassed || []).length > 0
                          ? Tones.negative : Kirigami.ColorUtils.linearInterpolation(Kirigami.Theme.backgroundColor, Kirigami.Theme.textColor, Kirigami.Theme.frameContrast)
        }
        Label {
            objectName: "movePreviewText"
            width: parent.width
            wrapMode: Text.Wrap
            color: Kirigami.Theme.textColor
            text: qsTr("Move “%1” to %2: %3").arg(view.dragTitle)
                      .arg(view.hoverIso).arg(view.preview.summary || "")
        }
    }
}
