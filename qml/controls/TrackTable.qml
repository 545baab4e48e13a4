// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import org.kde.kirigami as Kirigami
import QtQuick.Controls
import QtQuick.Layouts
import Imprint.Models
import Imprint.App

// The track table: click a header to sort (again for the other direction), drag a header's
// edge to resize its column, right-click the header to choose the columns; they are remembered.
// Click or use the arrow keys to select, Ctrl+click to add or remove a track, Shift+click or
// Shift+arrows for a range, Ctrl+A for every track shown, Esc to select none, Enter to edit the
// selected tracks, Space to play or pause the preview. Right-click a row, or press the Menu key
// or Shift+F10, for what can be done with the selection, sorting and the columns. The selection
// is kept by track id, so it survives sorting and search.
FocusScope {
    id: root
    Kirigami.Theme.colorSet: Kirigami.Theme.View
    Kirigami.Theme.inherit: false

    required property TrackFilterModel tracks
    required property TrackSelection selection
    readonly property real currentTrackId: selection.currentTrackId
    readonly property int currentRow: rowOfCurrentTrack()
    readonly property alias columns: columns
    readonly property alias headerMenu: headerMenu
    /// The row actions' menu, for the page to fill (TrackContextMenu).
    property Menu contextMenu: null

    /// Enter on the table: the user wants to edit the selected tracks.
    signal editRequested()
    /// Space on the table: play or pause the selected track's preview.
    signal playPauseRequested()

    function rowOfCurrentTrack() {
        // Re-evaluated when the rows change order or content.
        void root.tracks.count
        void root.tracks.sortColumn
        void root.tracks.sortOrder
        void layoutTick.value
        return root.currentTrackId > 0 ? root.tracks.rowOfTrack(root.currentTrackId) : -1
    }

    // Moves to row: selects only it, or with extend the range from the anchor to it.
    function selectRow(row, extend) {
        if (row < 0 || row >= root.tracks.count)
            return
        const trackId = root.tracks.trackIdAt(row)
        if (extend)
            root.selection.extendTo(trackId)
        else
            root.selection.select(trackId)
        table.positionViewAtRow(row, TableView.Contain)
    }

    // The row menu at a point of the table, or (from the keyboard) under the current row.
    function openContextMenu(x, y) {
        if (!root.contextMenu)
            return
        if (x === undefined) {
            const cell = table.itemAtIndex(table.index(Math.max(0, root.currentRow), 0))
            const at = cell ? cell.mapToItem(root, 24, cell.height) : Qt.point(24, 32)
            x = at.x
            y = at.y
        }
        root.contextMenu.parent = root
        root.contextMenu.popup(root, x, y)
    }

    // Each column's title, in the model's order (the column menus list them).
    readonly property var columnTitles: {
        void root.tracks.count
        const titles = []
        for (let c = 0; c < TrackTableModel.ColumnCount; ++c)
            titles.push(root.tracks.headerData(c, Qt.Horizontal))
        return titles
    }

    TableColumns {
        id: columns
        settings: AppSettings
        table: "tracks"
        keys: {
            const keys = []
            for (let c = 0; c < TrackTableModel.ColumnCount; ++c)
                keys.push(root.tracks.headerData(c, Qt.Horizontal, TrackTableModel.ColumnKeyRole))
            return keys
        }
        // Title and release share what the others leave; the rest in pixels.
        defaultWidths: [0.5, 150, 0.5, 110, 125, 90, 175, 120, 90, 70, 100, 160, 110, 150]
        defaultHidden: ["genre", "language", "bpm", "key", "mood", "loudness", "readiness"]
        onChanged: table.forceLayout()
    }

    // Closed without an action taking the keys elsewhere: they come back to the table.
    Connections {
        target: root.contextMenu
        function onClosed() {
            const focused = root.Window.activeFocusItem
            if (!focused || focused === root.Window.contentItem || focused === root.Window.window?.contentItem)
                table.forceActiveFocus()
        }
    }

    QtObject {
        id: layoutTick
        property int value: 0
    }
    Connections {
        target: root.tracks
        function onLayoutChanged() { layoutTick.value++ }
        function onModelReset() { layoutTick.value++ }
    }

    ColumnsMenu {
        id: headerMenu
        objectName: "trackColumnsMenu"
        columns: columns
        titles: root.columnTitles
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        HorizontalHeaderView {
            id: header
            objectName: "trackTableHeader"
            syncView: table
            // Sorted by a click, or from the keyboard in the table's menu (Menu, Shift+F10): not a Tab stop.
            activeFocusOnTab: false
            clip: true
            Layout.fillWidth: true
            resizableColumns: false // ColumnResizeGrip resizes, so the width is remembered
            delegate: Rectangle {
                id: headerCell
                required property int column
                required property string display
                readonly property bool sorted: root.tracks.sortColumn === column
                implicitHeight: 32
                implicitWidth: 80
                Kirigami.Theme.colorSet: Kirigami.Theme.Header
                Kirigami.Theme.inherit: false
                color: headerTap.pressed ? Kirigami.Theme.hoverColor : Kirigami.Theme.backgroundColor
                Accessible.role: Accessible.ColumnHeader
                Accessible.name: display
                Rectangle {
                    anchors.right: parent.right
                    width: 1
                    height: parent.height
                    color: Kirigami.ColorUtils.linearInterpolation(Kirigami.Theme.backgroundColor, Kirigami.Theme.textColor, Kirigami.Theme.frameContrast)
                }
                Label {
                    anchors.fill: parent
                    anchors.leftMargin: 8
                    anchors.rightMargin: headerCell.sorted ? sortIcon.width + 10 : 8
                    verticalAlignment: Text.AlignVCenter
                    elide: Text.ElideRight
                    font.bold: true
                    text: headerCell.display
                }
                Kirigami.Icon {
                    id: sortIcon
                    objectName: "sortIndicator"
                    anchors.right: parent.right
                    anchors.rightMargin: 6
                    anchors.verticalCenter: parent.verticalCenter
                    width: Kirigami.Units.iconSizes.small
                    height: width
                    visible: headerCell.sorted
                    source: root.tracks.sortOrder === Qt.AscendingOrder ? "view-sort-ascending" : "view-sort-descending"
                }
                TapHandler {
                    id: headerTap
                    onTapped: root.tracks.sortByColumn(headerCell.column)
                }
                TapHandler {
                    acceptedButtons: Qt.RightButton
                    onTapped: headerMenu.popup()
                }
                ColumnResizeGrip {
                    columns: columns
                    column: headerCell.column
                }
            }
        }

        TableView {
            id: table
            objectName: "trackTable"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            focus: true
            boundsBehavior: Flickable.StopAtBounds
            model: root.tracks
            onWidthChanged: forceLayout()
            ScrollBar.vertical: ScrollBar {}
            ScrollBar.horizontal: ScrollBar {}
            Accessible.role: Accessible.Table
            Accessible.name: qsTr("Tracks")

            columnWidthProvider: column => columns.width(column, table.width)

            Keys.onPressed: event => {
                const extend = (event.modifiers & Qt.ShiftModifier) !== 0
                if (event.matches(StandardKey.SelectAll)) {
                    root.selection.selectAllVisible()
                } else if (event.key === Qt.Key_Escape) {
                    root.selection.clear()
                } else if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter) {
                    root.editRequested()
                } else if (event.key === Qt.Key_Space) {
                    root.playPauseRequested()
                } else if (event.key === Qt.Key_Menu || (event.key === Qt.Key_F10 && extend)) {
                    root.openContextMenu()
                } else if (event.key === Qt.Key_Up) {
                    root.selectRow(Math.max(0, root.currentRow - 1), extend)
                } else if (event.key === Qt.Key_Down) {
                    root.selectRow(Math.min(root.tracks.count - 1, root.currentRow + 1), extend)
                } else if (event.key === Qt.Key_Home) {
                    root.selectRow(0, extend)
                } else if (event.key === Qt.Key_End) {
                    root.selectRow(root.tracks.count - 1, extend)
                } else {
                    return
                }
                event.accepted = true
            }

            delegate: Rectangle {
                id: cell
                required property int row
                required property int column
                required property string display
                required property real trackId
                readonly property bool selected: root.selection.revision >= 0 && root.selection.contains(trackId)
                implicitHeight: 30
                color: selected ? Kirigami.Theme.highlightColor : (row % 2 ? Kirigami.Theme.alternateBackgroundColor : Kirigami.Theme.backgroundColor)
                Label {
                    anchors.fill: parent
                    anchors.leftMargin: 8
                    anchors.rightMargin: 8
                    verticalAlignment: Text.AlignVCenter
                    elide: Text.ElideRight
                    text: cell.display
                    color: cell.selected ? Kirigami.Theme.highlightedTextColor : Kirigami.Theme.textColor
                    font.family: cell.column === TrackTableModel.IsrcColumn ? "monospace" : Application.font.family
                }
                TapHandler {
                    acceptedModifiers: Qt.NoModifier
                    onTapped: {
                        table.forceActiveFocus()
                        root.selection.select(cell.trackId)
                    }
                }
                TapHandler {
                    acceptedModifiers: Qt.ControlModifier
                    onTapped: {
                        table.forceActiveFocus()
                        root.selection.toggle(cell.trackId)
                    }
                }
                TapHandler {
                    acceptedModifiers: Qt.ShiftModifier
                    onTapped: {
                        table.forceActiveFocus()
                        root.selection.extendTo(cell.trackId)
                    }
                }
                // A right click on a row outside the selection selects it, as file managers do.
                TapHandler {
                    acceptedButtons: Qt.RightButton
                    onTapped: eventPoint => {
                        table.forceActiveFocus()
                        if (!cell.selected)
                            root.selection.select(cell.trackId)
                        const at = cell.mapToItem(root, eventPoint.position.x, eventPoint.position.y)
                        root.openContextMenu(at.x, at.y)
                    }
                }
            }
        }
    }
}
