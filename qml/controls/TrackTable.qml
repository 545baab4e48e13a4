// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import org.kde.kirigami as Kirigami
import QtQuick.Controls
import QtQuick.Layouts
import Imprint.Models

// The track table: click a header to sort; click or use the arrow keys to select, Ctrl+click
// to add or remove a track, Shift+click or Shift+arrows for a range, Ctrl+A for every track
// shown, Esc to select none, Enter to edit the selected tracks. The selection is kept by track id, so it survives sorting and search.
FocusScope {
    id: root
    Kirigami.Theme.colorSet: Kirigami.Theme.View
    Kirigami.Theme.inherit: false

    required property TrackFilterModel tracks
    required property TrackSelection selection
    readonly property real currentTrackId: selection.currentTrackId
    readonly property int currentRow: rowOfCurrentTrack()

    /// Enter on the table: the user wants to edit the selected tracks.
    signal editRequested()

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

    QtObject {
        id: layoutTick
        property int value: 0
    }
    Connections {
        target: root.tracks
        function onLayoutChanged() { layoutTick.value++ }
        function onModelReset() { layoutTick.value++ }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        HorizontalHeaderView {
            id: header
            syncView: table
            clip: true
            Layout.fillWidth: true
            delegate: Rectangle {
                id: headerCell
                required property int column
                required property string display
                implicitHeight: 32
                implicitWidth: 80
                Kirigami.Theme.colorSet: Kirigami.Theme.Header
                Kirigami.Theme.inherit: false
                color: Kirigami.Theme.backgroundColor
                Rectangle {
                    anchors.right: parent.right
                    width: 1
                    height: parent.height
                    color: Kirigami.ColorUtils.linearInterpolation(Kirigami.Theme.backgroundColor, Kirigami.Theme.textColor, Kirigami.Theme.frameContrast)
                }
                Label {
                    anchors.fill: parent
                    anchors.leftMargin: 8
                    anchors.rightMargin: 8
                    verticalAlignment: Text.AlignVCenter
                    elide: Text.ElideRight
                    font.bold: true
                    text: headerCell.display + (root.tracks.sortColumn === headerCell.column
                          ? (root.tracks.sortOrder === Qt.AscendingOrder ? "  ▲" : "  ▼") : "")
                }
                TapHandler {
                    onTapped: root.tracks.sortByColumn(headerCell.column)
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

            // Title and release share the width the fixed columns leave.
            readonly property var fixedWidths: [0, 150, 0, 110, 125, 90, 175]
            columnWidthProvider: column => {
                const fixed = 150 + 110 + 125 + 90 + 175
                const flexible = Math.max(120, (table.width - fixed) / 2)
                return fixedWidths[column] > 0 ? fixedWidths[column] : flexible
            }

            Keys.onPressed: event => {
                const extend = (event.modifiers & Qt.ShiftModifier) !== 0
                if (event.matches(StandardKey.SelectAll)) {
                    root.selection.selectAllVisible()
                } else if (event.key === Qt.Key_Escape) {
                    root.selection.clear()
                } else if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter) {
                    root.editRequested()
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
            }
        }
    }
}
