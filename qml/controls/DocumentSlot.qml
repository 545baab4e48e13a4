// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import org.kde.kirigami as Kirigami
import Imprint
import QtQuick.Controls
import QtQuick.Dialogs
import Imprint.App
import QtQuick.Layouts

// A document of a rights record: its file and whether it is still as attached, Open, Attach (or
// Replace) by file picker or by dropping a file on it, and Remove where a record holds several.
// The rights catalog copies, hashes and records it in the library folder; where this computer
// has none yet, the button opens Library Folder….
Rectangle {
    id: slot

    property string path
    /// "ok", "changed", "vanished", "missing" or "" (nothing attached)
    property string documentState
    property url fileUrl
    property string attachText: qsTr("Attach…")
    /// Opened, not attached or replaced (a viewer of a team catalog).
    property bool readOnly: false
    /// RightsCatalog.hasLibraryFolder: false, and nothing can be attached until one is chosen.
    property bool hasLibraryFolder: true
    readonly property bool canAttach: !readOnly && hasLibraryFolder
    /// Remove takes the document off its record (one of a contribution's evidence files).
    property bool removable: false
    /// What a fix link that leads here gives the keyboard: Attach (Replace), or Choose Library
    /// Folder… while there is nowhere to keep the file.
    readonly property Item editor: libraryFolderButton.visible ? libraryFolderButton
                                 : attachButton.visible ? attachButton : slot

    signal attach(url file)
    signal remove()

    implicitHeight: row.implicitHeight + 8
    radius: 4
    color: drop.containsDrag ? Qt.alpha(Kirigami.Theme.highlightColor, 0.2) : "transparent"
    border.color: drop.containsDrag ? Kirigami.Theme.highlightColor : Qt.alpha(Kirigami.Theme.textColor, 0.2)
    border.width: 1

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.margins: 4
        spacing: 6

        Label {
            Layout.fillWidth: true
            text: slot.path.length > 0 ? slot.path.split("/").pop()
                : drop.containsDrag ? qsTr("Drop to attach")
                : slot.hasLibraryFolder ? qsTr("No document — drop a file here")
                : qsTr("No document — this computer has no library folder to keep it in")
            elide: Text.ElideMiddle
            opacity: slot.path.length > 0 ? 1 : 0.6
            ToolTip.visible: hover.hovered && slot.path.length > 0
            ToolTip.text: slot.path
            HoverHandler {
                id: hover
            }
        }
        Label {
            visible: slot.documentState === "changed" || slot.documentState === "vanished"
            text: slot.documentState === "changed" ? qsTr("Changed since attached") : qsTr("Missing from the library")
            color: Tones.negative
            font.bold: true
        }
        ToolButton {
            visible: slot.path.length > 0 && slot.documentState !== "vanished"
            text: qsTr("Open")
            onClicked: Qt.openUrlExternally(slot.fileUrl)
        }
        ToolButton {
            id: attachButton
            objectName: "attachDocumentButton"
            text: slot.path.length > 0 ? qsTr("Replace…") : slot.attachText
            visible: slot.canAttach
            enabled: visible
            onClicked: {
                picker.currentFolder = AppSettings.startFolder("documents")
                picker.open()
            }
        }
        ToolButton {
            objectName: "removeDocumentButton"
            text: qsTr("Remove")
            visible: slot.removable && !slot.readOnly && slot.path.length > 0
            enabled: visible
            onClicked: slot.remove()
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Take this file off the record; it stays in the library")
        }
        ToolButton {
            id: libraryFolderButton
            objectName: "documentLibraryFolderButton"
            text: qsTr("Choose Library Folder…")
            icon.name: "folder-open"
            visible: !slot.readOnly && !slot.hasLibraryFolder
            enabled: visible
            onClicked: ApplicationWindow.window.openDialog("library")
        }
    }

    DropArea {
        id: drop
        anchors.fill: parent
        keys: ["text/uri-list"]
        enabled: slot.canAttach
        onDropped: drop => {
            if (drop.hasUrls) {
                slot.attach(drop.urls[0])
                drop.acceptProposedAction()
            }
        }
    }

    FileDialog {
        id: picker
        title: qsTr("Attach a Document")
        nameFilters: [qsTr("Documents (*.pdf *.png *.jpg *.jpeg *.txt)"), qsTr("All files (*)")]
        onAccepted: {
            AppSettings.rememberFolder("documents", selectedFile)
            slot.attach(selectedFile)
        }
    }
}
