// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import org.kde.kirigami as Kirigami
import Imprint
import Imprint.App
import Imprint.Models

// File › Library Folder…: where this computer has the catalog's audio, artwork and documents.
// The people of a team mount one shared library at different places, so each names the folder
// on their own computer; it is checked file by file (SHA-256 where the catalog recorded one)
// before it is used, and remembered for this computer only.
Dialog {
    id: dialog

    required property CatalogSession session
    /// The checked folder is now the library: the window opens the catalog again on it.
    signal folderUsed()

    function ask() {
        open()
        chooseButton.forceActiveFocus()
    }
    function chooseFolder() {
        folderPicker.currentFolder = dialog.session.libraryFolder.length > 0 && !dialog.session.libraryFolderMissing
            ? checker.libraryFolderUrl : AppSettings.startFolder("import")
        folderPicker.open()
    }

    objectName: "libraryFolderDialog"
    title: qsTr("Library Folder")
    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(Kirigami.Units.gridUnit * 34, (Overlay.overlay?.width ?? 640) - Kirigami.Units.gridUnit * 2)
    contentHeight: form.implicitHeight
    closePolicy: checker.running || checker.saving ? Popup.NoAutoClose : Popup.CloseOnEscape
    onRejected: checker.cancel()

    LibraryFolderController {
        id: checker
        objectName: "libraryFolderChecker"
        session: dialog.session
        onErrorOccurred: message => useProblem.text = message
        onFolderUsed: {
            dialog.close()
            dialog.folderUsed()
        }
    }

    FolderDialog {
        id: folderPicker
        objectName: "libraryFolderPicker"
        title: qsTr("Where Is the Library on This Computer?")
        onAccepted: {
            useProblem.text = ""
            checker.check(selectedFolder)
        }
    }

    footer: DialogButtonBox {
        Button {
            objectName: "useLibraryFolderButton"
            text: checker.looksLikeTheLibrary || !checker.hasResult ? qsTr("Use This Folder")
                                                                    : qsTr("Use Anyway")
            enabled: checker.complete && !checker.running && !checker.saving
            onClicked: checker.useCheckedFolder()
        }
        Button {
            text: qsTr("Close")
            enabled: !checker.running && !checker.saving
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
    }

    ColumnLayout {
        id: form
        anchors.fill: parent
        spacing: Kirigami.Units.smallSpacing

        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: dialog.session.teamCatalog
                  ? qsTr("Everyone on the team has the library's files at their own place: a shared drive, a synced folder. Choose where they are on this computer; Imprint remembers it for this computer only.")
                  : qsTr("The folder that holds this catalog's audio, artwork and documents. Choose its new place if you moved it.")
        }
        Label {
            objectName: "currentLibraryFolder"
            Layout.fillWidth: true
            Layout.topMargin: Kirigami.Units.smallSpacing
            elide: Text.ElideMiddle
            font.bold: true
            text: dialog.session.libraryFolder.length > 0
                  ? qsTr("Now: %1").arg(dialog.session.libraryFolder) : qsTr("Now: none on this computer")
        }
        InlineMessage {
            objectName: "libraryFolderNotHere"
            Layout.fillWidth: true
            maximumTextWidth: form.width - 40
            type: "warning"
            text: dialog.session.libraryFolderMissing && !checker.hasResult
                  ? qsTr("The catalog's files are not there on this computer.") : ""
        }
        RowLayout {
            Layout.topMargin: Kirigami.Units.smallSpacing
            Button {
                id: chooseButton
                objectName: "chooseLibraryFolderButton"
                text: qsTr("Choose Folder…")
                icon.name: "folder-open"
                enabled: !checker.running
                onClicked: dialog.chooseFolder()
            }
            Button {
                objectName: "stopLibraryCheckButton"
                text: qsTr("Stop")
                icon.name: "process-stop"
                visible: checker.running
                onClicked: checker.cancel()
            }
        }
        ProgressBar {
            Layout.fillWidth: true
            visible: checker.running
            from: 0
            to: Math.max(1, checker.total)
            value: checker.done
            indeterminate: checker.total === 0
        }
        Label {
            Layout.fillWidth: true
            visible: checker.running
            text: qsTr("Checking %1 of %2 files…").arg(checker.done).arg(checker.total)
        }
        Label {
            objectName: "libraryCheckSummary"
            Layout.fillWidth: true
            visible: checker.hasResult && !checker.running
            wrapMode: Text.Wrap
            text: checker.summaryText
        }
        InlineMessage {
            objectName: "notTheLibrary"
            Layout.fillWidth: true
            maximumTextWidth: form.width - 40
            type: "warning"
            text: checker.hasResult && !checker.running && !checker.looksLikeTheLibrary
                  ? qsTr("None of the catalog's files is in this folder. Is the library mounted, and is this its top folder?")
                  : ""
        }
        ListView {
            objectName: "libraryCheckProblems"
            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(contentHeight, Kirigami.Units.gridUnit * 8)
            visible: checker.hasResult && !checker.running && count > 0
            clip: true
            model: checker.problems
            ScrollBar.vertical: ScrollBar {}
            delegate: Label {
                required property string modelData
                width: ListView.view.width
                elide: Text.ElideMiddle
                text: modelData
            }
        }
        InlineMessage {
            id: useProblem
            objectName: "useLibraryFolderProblem"
            Layout.fillWidth: true
            maximumTextWidth: form.width - 40
        }
    }
}
