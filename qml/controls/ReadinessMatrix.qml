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

    HorizontalHeaderView {
        id: header
        anchors.left: table.left
        anchors.top: parent.top
        syncView: table
        clip: true
    }

    VerticalHeaderView {
        id: titles
        anchors.top: table.top
        anchors.left: parent.left
        syncView: table
        clip: true
        width: 210
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
        anchors.left: titles.right
        anchors.top: header.bottom
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        clip: true
        model: matrix.model
        columnWidthProvider: () => 150
        rowHeightProvider: () => 34
        ScrollBar.vertical: ScrollBar {}

        delegate: Item {
            id: cell
            objectName: "cell_" + cell.row + "_" + cell.column
            required property int row
            required property int column
            required property string verdict
            required property string verdictName
            required property int blockerCount
            required property var trackId
            implicitWidth: 150
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
