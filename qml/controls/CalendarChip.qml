// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import org.kde.kirigami as Kirigami
import Imprint
import QtQuick.Controls

// One release or milestone on the calendar, coloured by its state. Release chips can be dragged
// to another day; the page shows the consequences while hovering and reschedules on drop.
Rectangle {
    id: chip

    required property var item // CalendarItem::toVariantMap()
    property bool selected: false
    readonly property bool isRelease: item.kind === "release"
    /// A release chip is dragged to reschedule it, unless the catalog is only viewed.
    property bool movable: isRelease
    readonly property alias dragging: dragHandler.active

    signal clicked()
    signal dragMoved(point scenePosition)
    signal dragEnded()

    readonly property color tone: Tones.milestone(item.state, item.hardLimitPassed)

    implicitHeight: label.implicitHeight + 4
    radius: 3
    color: isRelease ? tone : Qt.alpha(tone, 0.2)
    border.color: selected ? Kirigami.Theme.highlightColor : tone
    border.width: selected ? 2 : 1
    opacity: dragging ? 0.4 : 1

    Label {
        id: label
        anchors.fill: parent
        anchors.leftMargin: 4
        anchors.rightMargin: 4
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
        font.pixelSize: 11
        font.bold: chip.isRelease
        font.strikeout: chip.item.state === "done" && !chip.isRelease
        color: chip.isRelease ? Kirigami.Theme.highlightedTextColor : Kirigami.Theme.textColor
        text: chip.isRelease ? chip.item.title : chip.item.title + " · " + chip.item.releaseTitle
    }

    ToolTip.visible: hover.hovered && !dragging
    ToolTip.delay: 500
    ToolTip.text: chip.movable ? qsTr("%1 — drag to another day to reschedule").arg(chip.item.title)
                : chip.isRelease ? chip.item.title
                                 : qsTr("%1 (%2)").arg(chip.item.title).arg(chip.item.releaseTitle)

    HoverHandler {
        id: hover
        cursorShape: chip.movable ? Qt.OpenHandCursor : Qt.PointingHandCursor
    }
    TapHandler {
        onTapped: chip.clicked()
    }
    DragHandler {
        id: dragHandler
        enabled: chip.movable
        target: null
        onCentroidChanged: if (active) chip.dragMoved(centroid.scenePosition)
        onActiveChanged: if (!active) chip.dragEnded()
    }
}
