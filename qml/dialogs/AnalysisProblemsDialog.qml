// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Imprint

// The files the last analysis could not read or decode, each with its reason and a way to its
// track; a file that cannot be read is often in a folder this computer has elsewhere, so the
// library folder is one click away too.
Dialog {
    id: dialog

    /// AnalysisController.problems: {name, path, reason, trackId, unreadable}
    property var problems: []
    readonly property bool anyUnreadable: (problems ?? []).some(problem => problem.unreadable)

    signal trackRequested(int trackId)
    signal libraryFolderRequested()

    objectName: "analysisProblemsDialog"
    title: qsTr("Files Not Analysed")
    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(640, (Overlay.overlay?.width ?? 680) - 40)
    height: Math.min(480, (Overlay.overlay?.height ?? 520) - 40)

    ColumnLayout {
        anchors.fill: parent
        spacing: 8

        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: dialog.anyUnreadable
                  ? qsTr("A file that cannot be read may be on a drive that is not connected, or in a library folder this computer has elsewhere. A file that cannot be decoded must be exported again.")
                  : qsTr("These files cannot be decoded to their end: export them again, then analyse.")
        }
        ListView {
            objectName: "analysisProblemList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 10
            model: dialog.problems
            ScrollBar.vertical: ScrollBar {}

            delegate: RowLayout {
                id: row
                required property var modelData
                width: ListView.view.width - 16
                spacing: 8

                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 0
                    ElidedLabel {
                        Layout.fillWidth: true
                        text: row.modelData.name
                        font.bold: true
                    }
                    Label {
                        Layout.fillWidth: true
                        text: row.modelData.reason
                        wrapMode: Text.Wrap
                    }
                    ElidedLabel {
                        Layout.fillWidth: true
                        text: row.modelData.path
                        elide: Text.ElideMiddle
                        opacity: 0.7
                    }
                }
                Button {
                    objectName: "showProblemTrackButton"
                    text: qsTr("Show Track")
                    visible: row.modelData.trackId > 0
                    onClicked: {
                        dialog.close()
                        dialog.trackRequested(row.modelData.trackId)
                    }
                }
            }
        }
    }

    footer: DialogButtonBox {
        Button {
            objectName: "problemsLibraryFolderButton"
            text: qsTr("Library Folder…")
            visible: dialog.anyUnreadable
            DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
            onClicked: {
                dialog.close()
                dialog.libraryFolderRequested()
            }
        }
        Button {
            text: qsTr("Close")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
    }
}
