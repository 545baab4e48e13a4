// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Imprint
import Imprint.Models

// Tracks that are likely the same take (another encode, a re-export): merge them into the track
// to keep, or keep both (remembered). Both are undone with Edit › Undo.
Dialog {
    id: dialog

    required property DuplicateReview duplicates

    title: qsTr("Likely Duplicates")
    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(720, (Overlay.overlay?.width ?? 760) - 40)
    height: Math.min(560, (Overlay.overlay?.height ?? 600) - 40)
    standardButtons: Dialog.Close
    onAboutToShow: duplicates.reload()

    ColumnLayout {
        anchors.fill: parent
        spacing: 8

        Label {
            objectName: "duplicatesSummary"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            // Nothing is claimed of tracks not compared yet (see the note below).
            text: dialog.duplicates.count > 0
                  ? qsTr("These tracks sound like the same take. Keep one and merge the other into it (its file stays as a mix of the track you keep), or keep both.")
                  : dialog.duplicates.notAnalysed > 0
                    ? qsTr("No likely duplicates among the tracks analysed so far.")
                    : qsTr("No likely duplicates: no two tracks sound like the same take.")
        }
        // The fingerprints come from the analysis: say so, and lead to where it runs.
        RowLayout {
            Layout.fillWidth: true
            visible: dialog.duplicates.notAnalysed > 0
            Label {
                objectName: "notAnalysedNote"
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: qsTr("%n track(s) not analysed yet: their duplicates are found once Quality has analysed them.", "", dialog.duplicates.notAnalysed)
            }
            FixLink {
                objectName: "analyzeLink"
                text: qsTr("Analyze…")
                target: ({ rule: "", page: "quality", record: "", recordId: 0, tab: "", field: "analyzeButton" })
                onClicked: dialog.close()
            }
        }
        ListView {
            id: list
            objectName: "duplicatePairs"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 12
            model: dialog.duplicates.pairs
            ScrollBar.vertical: ScrollBar {}
            delegate: ColumnLayout {
                id: pair
                required property var modelData
                required property int index
                width: ListView.view.width
                spacing: 2

                Label {
                    Layout.fillWidth: true
                    text: pair.modelData.likeness
                    font.bold: true
                }
                Repeater {
                    model: [
                        { keep: pair.modelData.trackA, drop: pair.modelData.trackB,
                          title: pair.modelData.titleA, path: pair.modelData.pathA },
                        { keep: pair.modelData.trackB, drop: pair.modelData.trackA,
                          title: pair.modelData.titleB, path: pair.modelData.pathB }
                    ]
                    delegate: RowLayout {
                        required property var modelData
                        Layout.fillWidth: true
                        ColumnLayout {
                            Layout.fillWidth: true
                            spacing: 0
                            Label {
                                Layout.fillWidth: true
                                text: modelData.title
                                elide: Text.ElideRight
                            }
                            Label {
                                Layout.fillWidth: true
                                text: modelData.path
                                elide: Text.ElideMiddle
                                opacity: 0.7
                            }
                        }
                        Button {
                            objectName: "keepThis"
                            text: qsTr("Keep This, Merge")
                            onClicked: dialog.duplicates.merge(modelData.keep, modelData.drop)
                            ToolTip.visible: hovered
                            ToolTip.text: qsTr("Keep “%1”: the other track's file becomes a mix of it and the other track leaves the catalog").arg(modelData.title)
                        }
                    }
                }
                Button {
                    objectName: "keepBoth"
                    Layout.alignment: Qt.AlignRight
                    text: qsTr("Keep Both")
                    onClicked: dialog.duplicates.keepBoth(pair.modelData.trackA, pair.modelData.trackB)
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("They are different recordings: do not list them again")
                }
            }
        }
    }
}
