// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import org.kde.kirigami as Kirigami
import QtQuick.Controls
import QtQuick.Layouts

// One day of the month grid: its number and the chips due that day, as many as fit and "+N more"
// for the rest (all of them in a popup). A drop target for releases. Double-click or the context
// menu plans a new release on the day.
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
    /// Nothing planned or moved from here (a viewer of a team catalog).
    property bool readOnly: false

    // Chips that fit below the day number; one row goes to "+N more" when some don't.
    readonly property real chipHeight: chipMetrics.height + 6
    readonly property int capacity: Math.max(0, Math.floor((height - 6 - dayNumber.height) / (chipHeight + 2)))
    readonly property int shownCount: items.length <= capacity ? items.length : Math.max(0, capacity - 1)
    readonly property int hiddenCount: items.length - shownCount

    signal selected()
    signal newReleaseRequested()
    signal chipClicked(var item)
    signal chipDragMoved(var item, point scenePosition)
    signal chipDragEnded()

    color: dropHovered ? Qt.alpha(Kirigami.Theme.highlightColor, 0.25)
         : isWeekend ? Kirigami.Theme.alternateBackgroundColor : Kirigami.Theme.backgroundColor
    border.color: current ? Kirigami.Theme.highlightColor : Kirigami.ColorUtils.linearInterpolation(Kirigami.Theme.backgroundColor, Kirigami.Theme.textColor, Kirigami.Theme.frameContrast)
    border.width: current ? 2 : 0.5
    clip: true

    FontMetrics {
        id: chipMetrics
        font.pixelSize: 11
    }

    TapHandler {
        onTapped: cell.selected()
        onDoubleTapped: {
            cell.selected()
            if (!cell.readOnly)
                cell.newReleaseRequested()
        }
    }
    TapHandler {
        acceptedButtons: Qt.RightButton
        onTapped: {
            cell.selected()
            dayMenu.popup()
        }
    }
    Menu {
        id: dayMenu
        objectName: "dayMenu"
        MenuItem {
            objectName: "newReleaseOnDay"
            enabled: !cell.readOnly
            text: qsTr("New Release on %1…").arg(Qt.locale().toString(new Date(cell.isoDate + "T12:00:00"),
                                                                      Locale.ShortFormat))
            onTriggered: cell.newReleaseRequested()
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 3
        spacing: 2

        Label {
            id: dayNumber
            Layout.alignment: Qt.AlignRight
            text: cell.day
            opacity: cell.inMonth ? 1 : 0.4
            font.bold: cell.isToday
            color: cell.isToday ? Kirigami.Theme.highlightedTextColor : Kirigami.Theme.textColor
            leftPadding: 4
            rightPadding: 4
            background: Rectangle {
                visible: cell.isToday
                radius: height / 2
                color: Kirigami.Theme.highlightColor
            }
        }
        Repeater {
            model: cell.items.slice(0, cell.shownCount)
            delegate: CalendarChip {
                required property var modelData
                item: modelData
                Layout.fillWidth: true
                selected: modelData.releaseId === cell.selectedReleaseId
                movable: isRelease && !cell.readOnly
                onClicked: cell.chipClicked(modelData)
                onDragMoved: position => cell.chipDragMoved(modelData, position)
                onDragEnded: cell.chipDragEnded()
            }
        }
        Label {
            objectName: "moreItems"
            visible: cell.hiddenCount > 0
            Layout.fillWidth: true
            text: qsTr("+%n more", "", cell.hiddenCount)
            font.pixelSize: 11
            font.bold: true
            color: Kirigami.Theme.linkColor
            elide: Text.ElideRight
            Accessible.role: Accessible.Button
            Accessible.name: qsTr("Show all %n item(s) of this day", "", cell.items.length)
            TapHandler {
                onTapped: allItems.open()
            }
        }
        Item {
            Layout.fillHeight: true
        }
    }

    // Every item of the day, when not all of them fit in the cell.
    Popup {
        id: allItems
        objectName: "allItemsPopup"
        y: dayNumber.height
        width: Math.max(cell.width, 220)
        padding: 6
        ColumnLayout {
            width: parent.width
            spacing: 2
            Repeater {
                model: allItems.visible ? cell.items : []
                delegate: CalendarChip {
                    required property var modelData
                    item: modelData
                    Layout.fillWidth: true
                    selected: modelData.releaseId === cell.selectedReleaseId
                    onClicked: {
                        allItems.close()
                        cell.chipClicked(modelData)
                    }
                }
            }
        }
    }
}
