// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import org.kde.kirigami as Kirigami
import QtQuick.Controls
import QtQuick.Layouts
import Imprint.Models

// Tracks × uses: a verdict chip per cell. Clicking a cell selects it.
Item {
    id: matrix

    required property ReadinessMatrixModel model
    property int selectedRow: -1
    property int selectedColumn: -1

    signal cellSelected(int row, int column, var trackId)

    // The uses share the width left of the titles; when a narrow pane cannot show them all at
    // a readable width, the table scrolls sideways.
    readonly property real cellWidth: Math.max(Kirigami.Units.gridUnit * 6.5,
                                                Math.floor((width - titles.width) / Math.max(1, model.columnCount())))
    onCellWidthChanged: Qt.callLater(table.forceLayout)

    HorizontalHeaderView {
        id: header
        anchors.left: table.left
        anchors.top: parent.top
        syncView: table
        activeFocusOnTab: false // the cells are; the headers only label them
        clip: true
        rowHeightProvider: () => Kirigami.Units.gridUnit * 2.2
        // Long use names ("Commercial placement") wrap onto a second line, the rest elides.
        delegate: Label {
            required property string display
            text: display
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
            wrapMode: Text.WordWrap
            maximumLineCount: 2
            elide: Text.ElideRight
            leftPadding: 4
            rightPadding: 4
            font.bold: true
            Accessible.role: Accessible.ColumnHeader
            ToolTip.text: display
            ToolTip.visible: truncated && headerHover.hovered
            HoverHandler {
                id: headerHover
            }
        }
    }

    VerticalHeaderView {
        id: titles
        anchors.top: table.top
        anchors.left: parent.left
        syncView: table
        activeFocusOnTab: false
        clip: true
        width: Math.round(Math.min(Kirigami.Units.gridUnit * 13, Math.max(Kirigami.Units.gridUnit * 7.5, matrix.width * 0.3)))
        delegate: Label {
            required property string display
            text: display
            elide: Text.ElideRight
            verticalAlignment: Text.AlignVCenter
            leftPadding: 8
        }
    }

    TableView {
        id: table
        objectName: "readinessTable"
        Accessible.role: Accessible.Table
        Accessible.name: qsTr("Readiness of each track for each use")
        anchors.left: titles.right
        anchors.top: header.bottom
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        clip: true
        model: matrix.model
        columnWidthProvider: () => matrix.cellWidth
        rowHeightProvider: () => 34
        ScrollBar.vertical: ScrollBar {}
        ScrollBar.horizontal: ScrollBar {}

        delegate: Item {
            id: cell
            objectName: "cell_" + cell.row + "_" + cell.column
            required property int row
            required property int column
            required property string verdict
            required property string verdictName
            required property int blockerCount
            required property var trackId
            implicitWidth: matrix.cellWidth
            implicitHeight: 34

            Rectangle {
                anchors.fill: parent
                anchors.margins: 2
                radius: 4
                color: Kirigami.Theme.highlightColor
                opacity: 0.25
                visible: matrix.selectedRow === cell.row && matrix.selectedColumn === cell.column
            }
            VerdictChip {
                objectName: "verdictChip"
                anchors.centerIn: parent
                verdict: cell.verdict
                text: cell.verdictName
                count: cell.blockerCount
            }
            MouseArea {
                anchors.fill: parent
                cursorShape: Qt.PointingHandCursor
                onClicked: {
                    matrix.selectedRow = cell.row
                    matrix.selectedColumn = cell.column
                    matrix.cellSelected(cell.row, cell.column, cell.trackId)
                }
            }
        }
    }
}
