// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Imprint
import Imprint.App
import Imprint.Models

// Attach Cut-downs… for the track in the details pane: the 30 s and 60 s edits a sync library
// asks for, chosen as audio files, copied into the library and attached off the GUI thread, with
// progress and Cancel. Where the "no cut-downs" finding of sync readiness and of a sync delivery
// leads; Analyze then measures each against 30.000 s and 60.000 s.
ColumnLayout {
    id: attachment

    required property CatalogSession session
    property real trackId: 0
    property bool readOnly: false
    readonly property alias controller: controller
    /// What the file dialog's Open does (the tests call it with files they made).
    function attachFiles(urls) {
        controller.attach(urls, attachment.trackId)
    }

    spacing: 4
    // Another track: the last result (or the one on its way) is about the one before.
    readonly property bool mine: controller.trackId === attachment.trackId
    onTrackIdChanged: controller.clear()

    CutdownAttachController {
        id: controller
        session: attachment.session
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: 4
        Button {
            objectName: "attachCutdownsButton"
            text: qsTr("Attach Cut-downs…")
            icon.name: "media-playlist-append"
            enabled: attachment.trackId > 0 && !attachment.readOnly && !controller.running
            onClicked: cutdownDialog.ask()
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Attach the 30 s and 60 s edits of this track that sync libraries ask for")
        }
        ProgressBar {
            objectName: "cutdownsProgress"
            Layout.fillWidth: true
            visible: controller.running && attachment.mine
            from: 0
            to: Math.max(1, controller.total)
            value: controller.done
        }
        Button {
            objectName: "cancelCutdownsButton"
            visible: controller.running && attachment.mine
            text: qsTr("Cancel")
            onClicked: controller.cancel()
        }
    }
    InlineMessage {
        objectName: "cutdownsResult"
        Layout.fillWidth: true
        maximumTextWidth: attachment.width - 40
        visible: controller.hasResult && !controller.running && attachment.mine
        text: controller.summaryText
        type: controller.succeeded ? "information" : "error"
    }
    Button {
        objectName: "cutdownsLibraryFolderButton"
        visible: controller.needsLibraryFolder && !controller.running && attachment.mine
        enabled: visible
        text: qsTr("Choose Library Folder…")
        icon.name: "folder-open"
        onClicked: ApplicationWindow.window.openDialog("library")
    }

    AudioFileDialog {
        id: cutdownDialog
        objectName: "cutdownDialog"
        title: qsTr("Attach Cut-downs")
        fileMode: FileDialog.OpenFiles
        onChosenFiles: files => attachment.attachFiles(files)
    }
}
