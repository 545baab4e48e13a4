// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import org.kde.kirigami as Kirigami
import QtQuick.Controls
import QtQuick.Layouts
import Imprint.Models
import Imprint.App

// Tracks with their verdict chip, measurements and the first thing to fix. Drag a header's
// edge to resize its column, right-click the header to choose the columns; both are remembered.
FocusScope {
    id: root
    Kirigami.Theme.colorSet: Kirigami.Theme.View
    Kirigami.Theme.inherit: false

    required property QualityListModel model
    property real currentTrackId: 0

    signal trackSelected(real trackId)

    readonly property var titles: [qsTr("Verdict"), qsTr("Track"), qsTr("Artist"), qsTr("Loudness"), qsTr("True peak"),
                                   qsTr("Range"), qsTr("Clipping"), qsTr("Stems"), qsTr("To fix")]
    // A column's width now (0 when hidden); bound to every change of the columns.
    function widthOf(column) {
        void tableColumns.revision
        return tableColumns.width(column, list.width - 8)
    }
    // All shown columns side by side: wider than the pane when it is narrow, then the table
    // scrolls sideways instead of squeezing or overlapping its columns.
    readonly property real tableWidth: {
        let total = 8
        for (let column = 0; column < titles.length; ++column)
            total += widthOf(column)
        return Math.max(total, list.width)
    }

    TableColumns {
        id: tableColumns
        settings: AppSettings
        table: "quality"
        keys: ["verdict", "track", "artist", "loudness", "truePeak", "range", "clipping", "stems", "fix"]
        // Track, artist and the fix share what the measurements leave.
        defaultWidths: [96, 0.4, 0.2, 100, 100, 70, 80, 96, 0.4]
    }
    ColumnsMenu {
        id: headerMenu
        objectName: "qualityColumnsMenu"
        columns: tableColumns
        titles: root.titles
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        ListView {
            id: list
            objectName: "qualityList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            focus: true
            model: root.model
            boundsBehavior: Flickable.StopAtBounds
            contentWidth: root.tableWidth
            flickableDirection: Flickable.AutoFlickDirection
            ScrollBar.vertical: ScrollBar {}
            ScrollBar.horizontal: ScrollBar {}
            headerPositioning: ListView.OverlayHeader
            // In the list, so it scrolls sideways with the columns; over the rows, so it stays.
            header: Rectangle {
                z: 2
                width: root.tableWidth
                height: 32
                Kirigami.Theme.colorSet: Kirigami.Theme.Header
                Kirigami.Theme.inherit: false
                color: Kirigami.Theme.backgroundColor
                Row {
                    x: 8
                    height: parent.height
                    Repeater {
                        model: root.titles
                        delegate: Label {
                            id: headerLabel
                            required property int index
                            required property string modelData
                            width: root.widthOf(index)
                            visible: width > 0
                            height: 32
                            rightPadding: 8
                            verticalAlignment: Text.AlignVCenter
                            font.bold: true
                            elide: Text.ElideRight
                            text: modelData
                            Accessible.role: Accessible.ColumnHeader
                            Accessible.name: modelData
                            ColumnResizeGrip {
                                columns: tableColumns
                                column: headerLabel.index
                            }
                        }
                    }
                }
                TapHandler {
                    acceptedButtons: Qt.RightButton
                    onTapped: headerMenu.popup()
                }
            }
            Keys.onUpPressed: select(currentIndex - 1)
            Keys.onDownPressed: select(currentIndex + 1)
            currentIndex: root.model.rowOfTrack(root.currentTrackId)

            function select(row) {
                if (row >= 0 && row < count)
                    itemAtIndex(row)?.choose()
            }

            delegate: Rectangle {
                id: row
                required property int index
                required property real trackId
                required property string title
                required property string artist
                required property string verdict
                required property string loudness
                required property string truePeak
                required property string loudnessRange
                required property string clipping
                required property string summary
                required property string stems
                readonly property bool selected: ListView.isCurrentItem
                readonly property color textColor: selected ? Kirigami.Theme.highlightedTextColor : Kirigami.Theme.textColor

                function choose() {
                    list.forceActiveFocus()
                    root.trackSelected(trackId)
                }

                width: root.tableWidth
                height: 34
                color: selected ? Kirigami.Theme.highlightColor : (index % 2 ? Kirigami.Theme.alternateBackgroundColor : Kirigami.Theme.backgroundColor)

                Row {
                    anchors.fill: parent
                    anchors.leftMargin: 8
                    Item {
                        width: root.widthOf(0)
                        visible: width > 0
                        height: parent.height
                        clip: true // a chip wider than its column stays in it
                        QualityChip {
                            anchors.verticalCenter: parent.verticalCenter
                            verdict: row.verdict
                        }
                    }
                    Repeater {
                        model: [row.title, row.artist, row.loudness, row.truePeak, row.loudnessRange, row.clipping]
                        delegate: Label {
                            required property int index
                            required property string modelData
                            width: root.widthOf(index + 1)
                            visible: width > 0
                            height: row.height
                            rightPadding: 8
                            verticalAlignment: Text.AlignVCenter
                            elide: Text.ElideRight
                            color: row.textColor
                            text: modelData
                        }
                    }
                    Item {
                        width: root.widthOf(7)
                        visible: width > 0
                        height: parent.height
                        clip: true
                        QualityChip {
                            anchors.verticalCenter: parent.verticalCenter
                            visible: row.stems !== "none"
                            verdict: row.stems
                        }
                    }
                    Label {
                        width: root.widthOf(8)
                        visible: width > 0
                        height: row.height
                        rightPadding: 8
                        verticalAlignment: Text.AlignVCenter
                        elide: Text.ElideRight
                        color: row.textColor
                        opacity: 0.85
                        text: row.summary
                    }
                }
                TapHandler {
                    onTapped: row.choose()
                }
            }
        }
    }
}
