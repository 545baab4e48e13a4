// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Imprint
import Imprint.Models

// Rights and readiness: what each track may be used for, why not, and what to do about it.
Page {
    id: page

    required property CatalogSession session
    readonly property RightsCatalog rights: session.rights
    property int row: -1
    property int column: -1
    // Re-read when the matrix is re-evaluated, so reasons follow edits live.
    property var reasons: []

    function refreshReasons() {
        page.reasons = page.row >= 0 ? page.rights.reasons(page.row, page.column) : []
    }

    title: qsTr("Rights")

    Connections {
        target: page.rights
        function onReloaded() {
            page.refreshReasons()
        }
    }

    header: ToolBar {
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 12
            anchors.rightMargin: 12
            Label {
                text: qsTr("Readiness per use: each level needs the one before it. Click a cell for the reasons.")
                opacity: 0.8
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            Button {
                text: qsTr("Check Again")
                onClicked: page.rights.reload()
            }
        }
    }

    SplitView {
        anchors.fill: parent

        SplitView {
            orientation: Qt.Vertical
            SplitView.fillWidth: true

            ReadinessMatrix {
                SplitView.fillHeight: true
                SplitView.minimumHeight: 160
                model: page.rights.matrix
                onCellSelected: (row, column, trackId) => {
                    page.row = row
                    page.column = column
                    page.rights.currentTrackId = trackId
                    page.refreshReasons()
                }
            }
            ClearanceBoard {
                SplitView.preferredHeight: 220
                rights: page.rights
            }
        }

        Pane {
            SplitView.preferredWidth: 360
            SplitView.minimumWidth: 300

            ColumnLayout {
                anchors.fill: parent
                spacing: 8

                Label {
                    text: page.row >= 0 ? qsTr("Why this verdict") : qsTr("Select a cell to see why")
                    font.bold: true
                    font.pixelSize: 16
                }
                Label {
                    visible: page.row >= 0 && page.reasons.length === 0
                    text: qsTr("Nothing stands in the way.")
                }
                FindingList {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredHeight: 1
                    model: page.reasons
                }
                Label {
                    visible: page.rights.currentTrackId > 0
                    text: qsTr("What does it take to make this sync-ready?")
                    font.bold: true
                    font.pixelSize: 16
                }
                Label {
                    visible: page.rights.currentTrackId > 0 && page.rights.syncChecklist.length === 0
                    text: qsTr("Nothing: this track is sync-ready.")
                }
                FindingList {
                    visible: page.rights.currentTrackId > 0
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredHeight: 1
                    checklist: true
                    model: page.rights.syncChecklist
                }
            }
        }
    }
}
