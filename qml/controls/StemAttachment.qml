// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Imprint
import Imprint.App
import Imprint.Models

// Attach Stems… for the track in the details pane: a stem pack (ZIP or TAR) checked against the
// master and attached off the GUI thread, with progress and Cancel. What does not match the
// master is named, stem by stem, and Attach Anyway takes it all the same. What a sync delivery's
// "no stems" blocker leads to.
ColumnLayout {
    id: attachment

    required property CatalogSession session
    property real trackId: 0
    property bool readOnly: false
    /// Stems are checked against the master: without one there is nothing to check them against.
    property bool hasMaster: true
    readonly property alias controller: controller
    /// What the file dialog's Open does (the tests call it with a pack they made).
    function attachPack(url) {
        controller.attach(url, attachment.trackId)
    }

    spacing: 4
    // Another track: the last pack's result (or the one on its way) is about the one before.
    readonly property bool mine: controller.trackId === attachment.trackId
    onTrackIdChanged: controller.clear()

    StemAttachController {
        id: controller
        session: attachment.session
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: 4
        Button {
            objectName: "attachStemsButton"
            text: qsTr("Attach Stems…")
            icon.name: "archive-extract"
            enabled: attachment.trackId > 0 && attachment.hasMaster && !attachment.readOnly && !controller.running
            onClicked: {
                packDialog.currentFolder = AppSettings.startFolder("stems")
                packDialog.open()
            }
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Attach a ZIP or TAR of this track's stems, checked against its master")
        }
        Label {
            objectName: "stemsNeedMaster"
            Layout.fillWidth: true
            visible: attachment.trackId > 0 && !attachment.hasMaster
            text: qsTr("Choose the track's audio first: stems are checked against it.")
            wrapMode: Text.Wrap
            opacity: 0.7
        }
        ProgressBar {
            objectName: "stemsProgress"
            Layout.fillWidth: true
            visible: controller.running && attachment.mine
            from: 0
            to: Math.max(1, controller.total)
            value: controller.done
            indeterminate: controller.total <= 0
        }
        Button {
            objectName: "cancelStemsButton"
            visible: controller.running && attachment.mine
            text: qsTr("Cancel")
            onClicked: controller.cancel()
        }
    }
    InlineMessage {
        objectName: "stemsResult"
        Layout.fillWidth: true
        maximumTextWidth: attachment.width - 40
        visible: controller.hasResult && !controller.running && attachment.mine
        text: controller.summaryText
        type: controller.succeeded ? "information" : controller.refusedByChecks ? "warning" : "error"
    }
    Repeater {
        model: controller.hasResult && !controller.running && attachment.mine ? controller.details : []
        delegate: Label {
            required property string modelData
            Layout.fillWidth: true
            text: "• " + modelData
            wrapMode: Text.Wrap
            opacity: 0.8
        }
    }
    Button {
        objectName: "stemsLibraryFolderButton"
        visible: controller.needsLibraryFolder && !controller.running && attachment.mine
        text: qsTr("Choose Library Folder…")
        icon.name: "folder-open"
        onClicked: ApplicationWindow.window.openDialog("library")
    }
    Button {
        objectName: "attachStemsAnywayButton"
        visible: controller.refusedByChecks && !controller.running && attachment.mine
        enabled: !attachment.readOnly
        text: qsTr("Attach Anyway")
        onClicked: controller.attachAnyway()
        ToolTip.visible: hovered
        ToolTip.text: qsTr("Attach these stems although they differ from the master")
    }

    FileDialog {
        id: packDialog
        objectName: "stemPackDialog"
        title: qsTr("Attach Stems")
        nameFilters: [qsTr("Stem packs (*.zip *.tar *.tar.gz *.tgz *.tar.bz2 *.tar.xz *.tar.zst)"), qsTr("All files (*)")]
        onAccepted: {
            AppSettings.rememberFolder("stems", selectedFile)
            attachment.attachPack(selectedFile)
        }
    }
}
