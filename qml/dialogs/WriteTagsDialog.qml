// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import org.kde.kirigami as Kirigami
import QtQuick.Controls
import QtQuick.Layouts
import Imprint
import Imprint.App
import Imprint.Models

// "Write Tags" for a set of tracks: a preview of what would change in each file (with progress
// and Cancel), then Write Tags, then the report per file with the failures and their reasons.
// Enter writes (or closes the report); Esc cancels a running job, else closes.
Dialog {
    id: dialog
    objectName: "writeTagsDialog"

    required property TagWriteController controller
    /// What the tracks are, for people: a track's or release's title, "every track…".
    property string subject: ""

    /// None of the tracks has a master yet: the user asked to import them (Import Folder…).
    signal importRequested()
    /// Analyze, after a write the catalog could not record.
    signal analyzeRequested()

    readonly property bool running: controller.running
    readonly property int phase: controller.phase

    /// trackIds: catalog track ids (the current track, a release's tracks, a table selection).
    function openForTracks(trackIds, subjectText) {
        subject = subjectText ?? ""
        open()
        controller.preview(trackIds)
    }
    function openForAll() {
        subject = qsTr("every track in the catalog")
        open()
        controller.previewAll()
    }
    function writeOrClose() {
        if (controller.canWrite)
            controller.write()
        else if (!running && phase === TagWriteController.Written)
            close()
    }

    title: phase === TagWriteController.Previewing ? qsTr("Write Tags: Checking the Files…")
         : phase === TagWriteController.Writing ? qsTr("Writing Tags…")
         : phase === TagWriteController.Written ? qsTr("Write Tags: Report")
         : qsTr("Write Tags")
    modal: true
    focus: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(820, Overlay.overlay ? Overlay.overlay.width - 80 : 820)
    height: Math.min(620, Overlay.overlay ? Overlay.overlay.height - 80 : 620)
    closePolicy: running ? Popup.NoAutoClose : Popup.CloseOnEscape
    onClosed: controller.reset()

    Shortcut {
        sequences: ["Return", "Enter"]
        enabled: dialog.visible
        onActivated: dialog.writeOrClose()
    }
    Shortcut {
        sequence: "Escape"
        enabled: dialog.visible && dialog.running
        onActivated: dialog.controller.cancel()
    }

    footer: DialogButtonBox {
        Button {
            objectName: "cancelTagWriteButton"
            text: qsTr("Cancel")
            visible: dialog.running
            DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
            onClicked: dialog.controller.cancel()
        }
        Button {
            objectName: "writeTagsButton"
            text: qsTr("Write Tags")
            visible: dialog.phase === TagWriteController.Previewing || dialog.phase === TagWriteController.Previewed
            enabled: dialog.controller.canWrite
            highlighted: enabled
            DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
            onClicked: dialog.controller.write()
        }
        Button {
            objectName: "importMastersButton"
            text: qsTr("Import Folder…")
            icon.name: "document-import"
            visible: !dialog.running && dialog.controller.needsMasters
            highlighted: visible
            DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
            onClicked: {
                dialog.close()
                dialog.importRequested()
            }
        }
        // The catalog could not record the written files: an analysis reads them again.
        Button {
            objectName: "tagWriteAnalyzeButton"
            text: qsTr("Analyze")
            visible: !dialog.running && dialog.controller.needsAnalysis
            highlighted: visible
            DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
            onClicked: {
                dialog.close()
                dialog.analyzeRequested()
            }
        }
        Button {
            objectName: "closeTagWriteButton"
            text: qsTr("Close")
            visible: !dialog.running
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 8

        Label {
            Layout.fillWidth: true
            visible: dialog.subject.length > 0
            text: qsTr("The catalog's values for %1, written into the master files.").arg(dialog.subject)
            wrapMode: Text.Wrap
            opacity: 0.8
        }
        RowLayout {
            Layout.fillWidth: true
            visible: dialog.running
            spacing: 8
            ProgressBar {
                objectName: "tagWriteProgress"
                Layout.fillWidth: true
                from: 0
                to: Math.max(1, dialog.controller.total)
                value: dialog.controller.done
                indeterminate: dialog.controller.total === 0
            }
            Label {
                text: dialog.controller.total > 0
                      ? qsTr("%1 of %2 files").arg(dialog.controller.done).arg(dialog.controller.total)
                      : qsTr("Reading the catalog…")
            }
        }
        Label {
            objectName: "tagWriteSummary"
            Layout.fillWidth: true
            visible: !dialog.running && text.length > 0
            text: dialog.controller.summaryText
            font.bold: true
            wrapMode: Text.Wrap
            color: dialog.phase === TagWriteController.Written && dialog.controller.files.failedCount > 0
                   ? Tones.negative : Kirigami.Theme.textColor
        }
        Label {
            Layout.fillWidth: true
            visible: dialog.controller.canWrite
            text: qsTr("Only the fields that differ are written and the audio is not touched: each file is tagged in a copy, checked, and only then put in place of the original. Click a file to see its changes; Enter writes.")
            wrapMode: Text.Wrap
            opacity: 0.7
        }
        ListView {
            id: list
            objectName: "tagWriteFiles"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            focus: true
            model: dialog.controller.files
            keyNavigationEnabled: true
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {
                id: filesScrollBar
            }
            // Rows end where the scroll bar starts: their status stays readable beside it.
            delegate: TagWriteFileRow {
                width: list.width - (filesScrollBar.visible ? filesScrollBar.width : 0)
            }
        }
    }
}
