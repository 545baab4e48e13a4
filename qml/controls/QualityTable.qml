// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import org.kde.kirigami as Kirigami
import QtQuick.Controls
import QtQuick.Layouts
import Imprint.Models

// Tracks with their verdict chip, measurements and the first thing to fix.
FocusScope {
    id: root
    Kirigami.Theme.colorSet: Kirigami.Theme.View
    Kirigami.Theme.inherit: false

    required property QualityListModel model
    property real currentTrackId: 0

    signal trackSelected(real trackId)

    // Verdict, title, artist, loudness, true peak, range, clipping, stems; the fix takes the rest.
    readonly property var widths: [70, 0.28, 0.14, 100, 100, 70, 80, 70]
    function widthOf(column) {
        const fixed = 70 + 100 + 100 + 70 + 80 + 70
        const flexible = Math.max(200, list.width - fixed)
        return widths[column] < 1 ? flexible * widths[column] : widths[column]
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        Rectangle {
            Layout.fillWidth: true
            implicitHeight: 32
            Kirigami.Theme.colorSet: Kirigami.Theme.Header
            Kirigami.Theme.inherit: false
            color: Kirigami.Theme.backgroundColor
            Row {
                anchors.fill: parent
                anchors.leftMargin: 8
                Repeater {
                    model: [qsTr("Verdict"), qsTr("Track"), qsTr("Artist"), qsTr("Loudness"), qsTr("True peak"),
                            qsTr("Range"), qsTr("Clipping"), qsTr("Stems"), qsTr("To fix")]
                    delegate: Label {
                        required property int index
                        required property string modelData
                        width: index < 8 ? root.widthOf(index) : list.width * 0.3
                        height: 32
                        verticalAlignment: Text.AlignVCenter
                        font.bold: true
                        elide: Text.ElideRight
                        text: modelData
                    }
                }
            }
        }

        ListView {
            id: list
            objectName: "qualityList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            focus: true
            model: root.model
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {}
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

                width: list.width
                height: 34
                color: selected ? Kirigami.Theme.highlightColor : (index % 2 ? Kirigami.Theme.alternateBackgroundColor : Kirigami.Theme.backgroundColor)

                Row {
                    anchors.fill: parent
                    anchors.leftMargin: 8
                    Item {
                        width: root.widthOf(0)
                        height: parent.height
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
                        height: parent.height
                        QualityChip {
                            anchors.verticalCenter: parent.verticalCenter
                            visible: row.stems !== "none"
                            verdict: row.stems
                        }
                    }
                    Label {
                        width: Math.max(80, list.width - x - 8)
                        height: row.height
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
