// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import Imprint.App

// The right edge of a header cell: drag it to make the column wider or narrower; the width is
// kept (TableColumns) when the mouse is let go.
MouseArea {
    id: grip

    required property TableColumns columns
    required property int column
    /// The column's width when the drag started.
    property real startWidth: 0
    property real startX: 0

    objectName: "resizeGrip"
    anchors.right: parent.right
    width: 8
    height: parent.height
    cursorShape: Qt.SplitHCursor
    preventStealing: true

    onPressed: mouse => {
        grip.startWidth = grip.parent.width
        grip.startX = grip.mapToItem(null, mouse.x, 0).x
    }
    onPositionChanged: mouse => {
        if (pressed)
            grip.columns.resize(grip.column, grip.startWidth + grip.mapToItem(null, mouse.x, 0).x - grip.startX)
    }
    onReleased: grip.columns.save()
}
