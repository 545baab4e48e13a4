// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import QtQuick.Controls
import Imprint.App

// The window's menu bar: File, Edit, View, Release, Help. Every item is one of MainActions'
// commands or a page; the recent catalogs come from what Imprint remembers (AppSettings).
MenuBar {
    id: bar

    required property MainActions actions
    /// The sidebar's pages: { key, title, icon } in order; View shows each with Ctrl+1…
    required property var pages
    /// The catalog open now, which Open Recent leaves out.
    property string currentCatalog

    signal pageRequested(int index)
    signal recentCatalogRequested(string path)

    Menu {
        objectName: "fileMenu"
        title: qsTr("&File")
        MenuItem { action: bar.actions.newCatalogAction }
        MenuItem { action: bar.actions.openCatalogAction }
        MenuItem { action: bar.actions.openTeamCatalogAction }
        Menu {
            id: recentMenu
            objectName: "recentMenu"
            title: qsTr("Open &Recent")
            icon.name: "document-open-recent"
            readonly property var others: AppSettings.recentCatalogs.filter(path => path !== bar.currentCatalog)
            Instantiator {
                model: recentMenu.others
                delegate: MenuItem {
                    required property string modelData
                    objectName: "recentCatalog"
                    text: AppSettings.recentCatalogName(modelData)
                    ToolTip.visible: hovered
                    ToolTip.text: modelData
                    onTriggered: bar.recentCatalogRequested(modelData)
                }
                onObjectAdded: (index, object) => recentMenu.insertItem(index, object)
                onObjectRemoved: (index, object) => recentMenu.removeItem(object)
            }
            MenuSeparator {}
            MenuItem {
                objectName: "clearRecentCatalogs"
                text: qsTr("Clear List")
                icon.name: "edit-clear-history"
                enabled: recentMenu.others.length > 0
                onTriggered: AppSettings.clearRecentCatalogs()
            }
        }
        MenuSeparator {}
        MenuItem { action: bar.actions.importFolderAction }
        MenuItem { action: bar.actions.libraryFolderAction }
        MenuItem { action: bar.actions.backUpAction }
        MenuSeparator {}
        MenuItem { action: bar.actions.quitAction }
    }
    Menu {
        objectName: "editMenu"
        title: qsTr("&Edit")
        MenuItem { action: bar.actions.undoAction }
        MenuItem { action: bar.actions.redoAction }
        MenuSeparator {}
        MenuItem { action: bar.actions.selectAllAction }
        MenuItem { action: bar.actions.findAction }
    }
    Menu {
        id: viewMenu
        objectName: "viewMenu"
        title: qsTr("&View")
        Instantiator {
            model: bar.pages
            delegate: MenuItem {
                required property int index
                required property var modelData
                objectName: "viewPage_" + modelData.key
                action: Action {
                    text: modelData.title
                    icon.name: modelData.icon
                    shortcut: "Ctrl+" + (index + 1)
                    onTriggered: bar.pageRequested(index)
                }
            }
            onObjectAdded: (index, object) => viewMenu.insertItem(index, object)
            onObjectRemoved: (index, object) => viewMenu.removeItem(object)
        }
        MenuSeparator {}
        MenuItem { action: bar.actions.reloadAction }
    }
    Menu {
        objectName: "releaseMenu"
        title: qsTr("&Release")
        MenuItem { action: bar.actions.newReleaseAction }
    }
    Menu {
        objectName: "helpMenu"
        title: qsTr("&Help")
        MenuItem { action: bar.actions.shortcutsAction }
        MenuSeparator {}
        MenuItem { action: bar.actions.aboutAction }
    }
}
