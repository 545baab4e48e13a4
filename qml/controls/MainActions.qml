// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import org.kde.kirigami as Kirigami

// The window's commands, each once: the menu bar, the toolbar and the shortcuts list use these
// actions, so a command has one text, icon, shortcut and enabled state everywhere. What each
// does is the window's (Main.qml); this file only names them.
QtObject {
    id: actions

    /// Whether the window can run a command that needs the catalog unchanged by background work.
    property bool importing: false
    /// A viewer of a team catalog: the commands that change the catalog are off.
    property bool readOnly: false
    property bool canUndo: false
    property bool canRedo: false
    property string undoText
    property string redoText
    property bool canBackUp: true
    property bool pageHasSearch: false
    property bool pageSelectsAll: false

    signal newCatalog()
    signal openCatalog()
    signal openTeamCatalog()
    signal importFolder()
    signal chooseLibraryFolder()
    signal backUp()
    signal quit()
    signal undo()
    signal redo()
    signal selectAll()
    signal find()
    signal reload()
    signal newRelease()
    signal showShortcuts()
    signal showAbout()

    // The tooltip of an action: what it does, then its shortcut, with the keys' names in the
    // user's language (as the menus show them).
    function tip(text, shortcut) {
        const keys = String(shortcut).replace("Ctrl", qsTr("Ctrl")).replace("Shift", qsTr("Shift"))
        return keys.length > 0 ? qsTr("%1 (%2)").arg(text).arg(keys) : text
    }

    readonly property Kirigami.Action newCatalogAction: Kirigami.Action {
        objectName: "newCatalogAction"
        text: qsTr("New Catalog…")
        icon.name: "document-new"
        tooltip: qsTr("Create an empty catalog and open it")
        onTriggered: actions.newCatalog()
    }
    readonly property Kirigami.Action openCatalogAction: Kirigami.Action {
        objectName: "openCatalogAction"
        text: qsTr("Open Catalog…")
        icon.name: "document-open"
        shortcut: "Ctrl+O"
        tooltip: actions.tip(qsTr("Open another catalog"), shortcut)
        onTriggered: actions.openCatalog()
    }
    readonly property Kirigami.Action openTeamCatalogAction: Kirigami.Action {
        objectName: "openTeamCatalogAction"
        text: qsTr("Open Team Catalog…")
        icon.name: "network-server-database"
        tooltip: qsTr("Open a catalog that several people share on a PostgreSQL server")
        onTriggered: actions.openTeamCatalog()
    }
    readonly property Kirigami.Action importFolderAction: Kirigami.Action {
        objectName: "importFolderAction"
        text: qsTr("Import Folder…")
        icon.name: "document-import"
        shortcut: "Ctrl+I"
        enabled: !actions.importing && !actions.readOnly
        tooltip: actions.tip(qsTr("Import audio and artwork from a folder"), shortcut)
        onTriggered: actions.importFolder()
    }
    readonly property Kirigami.Action libraryFolderAction: Kirigami.Action {
        objectName: "libraryFolderAction"
        text: qsTr("Library Folder…")
        icon.name: "folder-music"
        enabled: !actions.importing
        tooltip: qsTr("Where this computer has the catalog's audio, artwork and documents")
        onTriggered: actions.chooseLibraryFolder()
    }
    readonly property Kirigami.Action backUpAction: Kirigami.Action {
        objectName: "backUpAction"
        text: qsTr("Back Up Catalog…")
        icon.name: "backup"
        enabled: actions.canBackUp
        tooltip: qsTr("The catalog and every file of its library in one verified package")
        onTriggered: actions.backUp()
    }
    readonly property Kirigami.Action quitAction: Kirigami.Action {
        objectName: "quitAction"
        text: qsTr("Quit")
        icon.name: "application-exit"
        shortcut: "Ctrl+Q"
        onTriggered: actions.quit()
    }
    readonly property Kirigami.Action undoAction: Kirigami.Action {
        objectName: "undoAction"
        text: qsTr("Undo")
        icon.name: "edit-undo"
        shortcut: "Ctrl+Z"
        enabled: actions.canUndo && !actions.readOnly
        tooltip: actions.tip(actions.undoText.length > 0 ? actions.undoText : qsTr("Undo"), shortcut)
        onTriggered: actions.undo()
    }
    readonly property Kirigami.Action redoAction: Kirigami.Action {
        objectName: "redoAction"
        text: qsTr("Redo")
        icon.name: "edit-redo"
        shortcut: "Ctrl+Shift+Z"
        enabled: actions.canRedo && !actions.readOnly
        tooltip: actions.tip(actions.redoText.length > 0 ? actions.redoText : qsTr("Redo"), shortcut)
        onTriggered: actions.redo()
    }
    readonly property Kirigami.Action selectAllAction: Kirigami.Action {
        objectName: "selectAllAction"
        text: qsTr("Select All")
        icon.name: "edit-select-all"
        shortcut: "Ctrl+A"
        enabled: actions.pageSelectsAll
        tooltip: actions.tip(qsTr("Select every track the search shows"), shortcut)
        onTriggered: actions.selectAll()
    }
    readonly property Kirigami.Action findAction: Kirigami.Action {
        objectName: "findAction"
        text: qsTr("Find…")
        icon.name: "edit-find"
        shortcut: "Ctrl+F"
        enabled: actions.pageHasSearch
        tooltip: actions.tip(qsTr("Search this page"), shortcut)
        onTriggered: actions.find()
    }
    // A team catalog shows other people's changes as they commit them; Reload reads everything
    // again all the same (a file changed by another program, a server that was out of reach).
    readonly property Kirigami.Action reloadAction: Kirigami.Action {
        objectName: "reloadAction"
        text: qsTr("Reload")
        icon.name: "view-refresh"
        shortcut: "F5"
        tooltip: actions.tip(qsTr("Read the whole catalog again"), shortcut)
        onTriggered: actions.reload()
    }
    readonly property Kirigami.Action newReleaseAction: Kirigami.Action {
        objectName: "newReleaseAction"
        text: qsTr("New Release…")
        icon.name: "list-add"
        shortcut: "Ctrl+N"
        enabled: !actions.readOnly
        tooltip: actions.tip(qsTr("Plan a release: title, artist, type and date"), shortcut)
        onTriggered: actions.newRelease()
    }
    readonly property Kirigami.Action shortcutsAction: Kirigami.Action {
        objectName: "shortcutsAction"
        text: qsTr("Keyboard Shortcuts")
        icon.name: "configure-shortcuts"
        onTriggered: actions.showShortcuts()
    }
    readonly property Kirigami.Action aboutAction: Kirigami.Action {
        objectName: "aboutAction"
        text: qsTr("About Imprint")
        icon.name: "help-about"
        onTriggered: actions.showAbout()
    }
}
