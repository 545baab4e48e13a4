// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import Imprint
import Imprint.Models
import Imprint.App

// The main window's own dialogs: the file and folder choosers, New Release, Write Tags, the
// team catalog and library folder, import progress and copying, the conflict dialog, the
// shortcuts and About. The window's commands open them through the functions here; each
// dialog is also reachable by key (open()), for screenshots and the tests that walk them.
Item {
    id: dialogs

    required property CatalogSession session
    required property ImportController importer
    required property TagWriteController tagWriter
    /// The window's commands whose keys the shortcuts dialog lists.
    property var commands: []

    /// A catalog chosen in a file dialog or the team catalog dialog (Main: openCatalog).
    signal catalogChosen(string path, bool create)
    /// A team catalog the dialog has connected to.
    signal teamCatalogOpened(string address)
    /// The library folder changed: the catalog is opened again.
    signal libraryFolderUsed()
    /// A release was made from New Release opened outside the calendar.
    signal releasesPageRequested()
    /// Write Tags could not record the written files in the catalog: analyse them again.
    signal analyzeRequested()

    readonly property alias newRelease: newReleaseDialog
    readonly property alias writeTags: writeTagsDialog
    readonly property alias teamCatalog: teamCatalogDialog
    readonly property alias libraryFolder: libraryFolderDialog
    readonly property alias shortcuts: shortcutsDialog
    readonly property alias about: aboutDialog
    readonly property alias importProgress: importDialog
    readonly property alias copyIntoLibrary: copyDialog
    readonly property alias editConflict: conflictDialog

    function chooseImportFolder() {
        folderDialog.currentFolder = AppSettings.startFolder("import")
        folderDialog.open()
    }
    function chooseCatalog(create) {
        catalogDialog.create = create
        catalogDialog.fileMode = create ? FileDialog.SaveFile : FileDialog.OpenFile
        catalogDialog.currentFolder = AppSettings.startFolder("catalog")
        if (create)
            catalogDialog.selectedFile = AppSettings.proposedFile("catalog", qsTr("New Catalog") + ".sqlite")
        catalogDialog.open()
    }
    // New Release on isoDate (may be empty); from the calendar the release stays shown there.
    function askNewRelease(isoDate, fromCalendar) {
        newReleaseDialog.showReleasesAfter = !fromCalendar
        newReleaseDialog.ask(isoDate ?? "", dialogs.session.releases.current.artist ?? "")
    }

    ImportDialog {
        id: importDialog
        importer: dialogs.importer
    }
    Connections {
        target: dialogs.importer
        function onRunningChanged() {
            if (dialogs.importer.running)
                importDialog.open()
        }
    }
    CopyIntoLibraryDialog {
        id: copyDialog
        importer: dialogs.importer
    }

    WriteTagsDialog {
        id: writeTagsDialog
        controller: dialogs.tagWriter
        onImportRequested: dialogs.chooseImportFolder()
        onAnalyzeRequested: dialogs.analyzeRequested()
    }

    NewReleaseDialog {
        id: newReleaseDialog
        objectName: "newReleaseDialog"
        property bool showReleasesAfter: true
        releases: dialogs.session.releases
    }
    Connections {
        target: dialogs.session.releases
        function onReleaseCreated() {
            if (newReleaseDialog.showReleasesAfter)
                dialogs.releasesPageRequested()
        }
    }

    FolderDialog {
        id: folderDialog
        objectName: "importFolderDialog"
        title: qsTr("Import a Folder of Takes")
        onAccepted: {
            AppSettings.rememberFolder("import", selectedFolder)
            dialogs.importer.requestImport(selectedFolder)
        }
    }
    FileDialog {
        id: catalogDialog
        objectName: "catalogDialog"
        property bool create: false
        title: create ? qsTr("New Catalog") : qsTr("Open Catalog")
        defaultSuffix: "sqlite"
        nameFilters: [qsTr("Imprint catalog (*.sqlite)"), qsTr("All files (*)")]
        onAccepted: {
            AppSettings.rememberFolder("catalog", selectedFile)
            dialogs.catalogChosen(selectedFile, create)
        }
    }
    TeamCatalogDialog {
        id: teamCatalogDialog
        onOpenRequested: address => dialogs.teamCatalogOpened(address)
    }
    LibraryFolderDialog {
        id: libraryFolderDialog
        session: dialogs.session
        onFolderUsed: dialogs.libraryFolderUsed()
    }
    ShortcutsDialog {
        id: shortcutsDialog
        commands: dialogs.commands
    }
    AboutDialog {
        id: aboutDialog
    }
    EditConflictDialog {
        id: conflictDialog
        session: dialogs.session
    }
}
