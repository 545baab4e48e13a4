// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import QtQuick.Controls
import QtTest
import Imprint
import Imprint.App
import Imprint.Models

// The menu bar (issue 13): every item of every menu does what it says in the window, the
// shortcuts shown in the menus work, Ctrl+F searches the page shown (never the hidden catalog
// search) and Open Recent lists the remembered catalogs.
TestCase {
    id: testCase
    name: "MenuBar"
    when: windowShown

    property var window: null

    Component {
        id: mainComponent
        Main {
            width: 1024
            height: 700
        }
    }
    SignalSpy {
        id: catalogRequests
        signalName: "catalogRequested"
    }
    SignalSpy {
        id: reloads
        target: testSession
        signalName: "reloaded"
    }

    function initTestCase() {
        window = mainComponent.createObject(null, { session: testSession })
        verify(window)
        catalogRequests.target = window
        window.requestActivate()
        tryVerify(() => window.active, 5000)
        tryVerify(() => !testSession.loading, 5000)
    }
    function cleanupTestCase() {
        tryVerify(() => !window.busy, 20000)
        // Closed and gone before the next test file: a window that only awaits deletion still
        // answers the shortcuts, which made them ambiguous in the next file's window.
        window.close()
        window.destroy()
        wait(50)
    }
    function init() {
        closePopups()
        window.showPage("catalog")
        control("searchField").text = ""
        catalogRequests.clear()
    }

    function control(name) {
        return window.findControl(window.contentItem, name)
    }
    function overlayControl(name) {
        return window.findControl(window.Overlay.overlay, name)
    }
    function menu(name) {
        for (let i = 0; i < window.menuBar.count; ++i) {
            const m = window.menuBar.menuAt(i)
            if (m.objectName === name)
                return m
        }
        return null
    }
    // The menu's items that are commands (no separators), by their text without "&".
    function items(m) {
        const found = []
        for (let i = 0; i < m.count; ++i) {
            const item = m.itemAt(i)
            if (item && item.text !== undefined && !(item instanceof MenuSeparator))
                found.push(item)
        }
        return found
    }
    function itemNamed(m, text) {
        return items(m).find(item => item.text.replace("&", "") === text) ?? null
    }
    function trigger(item) {
        verify(item, "no such menu item")
        verify(item.enabled, item.text + " is disabled")
        if (item.action)
            item.action.trigger()
        else
            item.triggered()
    }
    function dialog(name) {
        return findChild(window, name)
    }

    function test_everyMenuIsThere() {
        const names = []
        for (let i = 0; i < window.menuBar.count; ++i)
            names.push(window.menuBar.menuAt(i).objectName)
        compare(names, ["fileMenu", "editMenu", "viewMenu", "releaseMenu", "helpMenu"])
    }

    // Each item of File, Edit, Release and Help, triggered, with what it must do; a new item
    // without a row here fails, so no item can be dead.
    function test_everyItemDoesWhatItSays() {
        const expectations = {
            "fileMenu": {
                "New Catalog…": () => dialog("catalogDialog").visible && dialog("catalogDialog").create,
                "Open Catalog…": () => dialog("catalogDialog").visible && !dialog("catalogDialog").create,
                "Open Team Catalog…": () => overlayControl("teamCatalogAddress")?.visible ?? false,
                "Open Recent": null, // a submenu, tested below
                "Import Folder…": () => dialog("importFolderDialog").visible,
                "Library Folder…": () => dialog("libraryFolderDialog").visible,
                "Back Up Catalog…": () => window.currentPageKey === "deliveries" && dialog("backupDialog").visible,
                "Quit": null // last, below
            },
            "editMenu": {
                "Undo": null, "Redo": null, "Select All": null, "Find…": null // below, with a page
            },
            "releaseMenu": {
                "New Release…": () => overlayControl("newReleaseTitle")?.visible ?? false
            },
            "helpMenu": {
                "Keyboard Shortcuts": () => dialog("shortcutsDialog").visible,
                "About Imprint": () => dialog("aboutDialog").visible
            }
        }
        for (const menuName in expectations) {
            const m = menu(menuName)
            verify(m, menuName)
            const texts = items(m).map(item => item.text.replace("&", ""))
            compare(texts.sort(), Object.keys(expectations[menuName]).sort(), menuName)
            for (const text in expectations[menuName]) {
                const expected = expectations[menuName][text]
                if (expected === null)
                    continue
                window.showPage("catalog")
                trigger(itemNamed(m, text))
                tryVerify(expected, 3000, menuName + " › " + text)
                closePopups()
            }
        }
    }
    function closePopups() {
        const names = ["catalogDialog", "importFolderDialog", "backupDialog", "shortcutsDialog", "aboutDialog",
                       "newReleaseDialog", "teamCatalogDialog", "libraryFolderDialog"]
        for (const name of names) {
            const d = dialog(name)
            if (d && d.visible)
                d.close()
        }
        // A closing dialog stays visible, and keeps the window's shortcuts blocked, until its
        // exit transition has finished.
        for (const name of names)
            tryVerify(() => !(dialog(name)?.visible ?? false), 3000, name + " closes")
        tryVerify(() => !(overlayControl("newReleaseTitle")?.visible ?? false), 3000)
        window.requestActivate()
        tryVerify(() => window.active, 3000)
    }

    function test_viewShowsEachPage() {
        const m = menu("viewMenu")
        const pages = items(m).filter(item => item.objectName.startsWith("viewPage_"))
        compare(pages.length, window.pageCount)
        compare(items(m).length, window.pageCount + 1) // and Reload
        for (let i = pages.length - 1; i >= 0; --i) {
            trigger(pages[i])
            compare(window.currentPageKey, pages[i].objectName.replace("viewPage_", ""))
            compare(pages[i].action.shortcut, "Ctrl+" + (i + 1))
        }
        keyClick(Qt.Key_3, Qt.ControlModifier)
        compare(window.currentPageKey, "works")
    }

    // Reload (F5) reads the whole catalog again, from the menu and by its key.
    function test_reloadReadsTheCatalogAgain() {
        reloads.clear()
        const reload = itemNamed(menu("viewMenu"), "Reload")
        compare(reload.action.shortcut, "F5")
        trigger(reload)
        tryVerify(() => reloads.count === 1, 5000, "Reload from the View menu")
        control("trackTable").forceActiveFocus()
        keyClick(Qt.Key_F5)
        tryVerify(() => reloads.count === 2, 5000, "F5")
        compare(testSession.tracks.count, testSession.trackCount)
    }

    function test_undoRedoFollowTheHistory() {
        const edit = menu("editMenu")
        const undo = itemNamed(edit, "Undo"), redo = itemNamed(edit, "Redo")
        testSession.currentTrackId = testSession.tracks.trackIdAt(0)
        const title = control("titleField")
        title.editor.forceActiveFocus()
        title.editor.text = "Menu Title"
        keyClick(Qt.Key_Return)
        compare(testSession.currentTrack.title, "Menu Title")
        verify(undo.enabled)
        trigger(undo)
        compare(testSession.currentTrack.title, "Song 1")
        trigger(redo)
        compare(testSession.currentTrack.title, "Menu Title")
        control("trackTable").forceActiveFocus()
        keyClick(Qt.Key_Z, Qt.ControlModifier) // the shortcut shown in the menu
        compare(testSession.currentTrack.title, "Song 1")
        verify(!testSession.history.canUndo || testSession.currentTrack.title === "Song 1")
    }

    function test_selectAllAndFindWorkOnThePageShown() {
        const edit = menu("editMenu")
        const selectAll = itemNamed(edit, "Select All"), find = itemNamed(edit, "Find…")
        trigger(selectAll)
        compare(testSession.selection.count, testSession.tracks.count)
        testSession.selection.clear()
        control("trackTable").forceActiveFocus()
        keyClick(Qt.Key_F, Qt.ControlModifier)
        verify(control("searchField").activeFocus, "Ctrl+F focuses the catalog's search")
        // On a page without a search, Find is off and Ctrl+F leaves the hidden catalog search alone.
        window.showPage("calendar")
        verify(!find.enabled)
        verify(!selectAll.enabled)
        keyClick(Qt.Key_F, Qt.ControlModifier)
        keyClick(Qt.Key_X)
        compare(control("searchField").text, "")
        compare(testSession.tracks.searchText, "")
    }

    function test_shortcutsShownInTheMenusWork() {
        keyClick(Qt.Key_I, Qt.ControlModifier)
        tryVerify(() => dialog("importFolderDialog").visible, 3000, "Ctrl+I")
        dialog("importFolderDialog").close()
        keyClick(Qt.Key_O, Qt.ControlModifier)
        tryVerify(() => dialog("catalogDialog").visible, 3000, "Ctrl+O")
        dialog("catalogDialog").close()
        keyClick(Qt.Key_N, Qt.ControlModifier)
        tryVerify(() => overlayControl("newReleaseTitle")?.visible ?? false, 3000, "Ctrl+N")
        closePopups()
    }

    function test_catalogDialogsProposeAFileAndRequestTheCatalog() {
        trigger(itemNamed(menu("fileMenu"), "New Catalog…"))
        const d = dialog("catalogDialog")
        tryVerify(() => d.visible, 3000)
        // In the user's Documents folder (a test folder here), with a file name proposed.
        verify(String(d.selectedFile).endsWith("/New Catalog.sqlite"), String(d.selectedFile))
        compare(String(d.currentFolder), String(AppSettings.startFolder("catalog")))
        d.accept()
        compare(catalogRequests.count, 1)
        compare(catalogRequests.signalArguments[0][0], String(d.selectedFile))
        compare(catalogRequests.signalArguments[0][1], true)
    }

    function test_openRecentListsRememberedCatalogs() {
        AppSettings.clearRecentCatalogs()
        const recent = items(menu("fileMenu")).find(item => item.subMenu?.objectName === "recentMenu")?.subMenu
        verify(recent)
        compare(recent.objectName, "recentMenu")
        AppSettings.addRecentCatalog(testSession.catalogPath) // the open one is left out
        AppSettings.addRecentCatalog(journey.session.catalogPath)
        const listed = items(recent).filter(item => item.objectName === "recentCatalog")
        compare(listed.length, 1)
        const path = journey.session.catalogPath
        if (/^postgresql:/.test(path)) {
            // A team catalog is named by its database and server, not by the end of its address.
            compare(listed[0].text, path.match(/\/\/\/([^?]+)/)[1] + " on this computer")
        } else {
            compare(listed[0].text, path.slice(path.lastIndexOf("/") + 1))
        }
        trigger(listed[0])
        // A team catalog is tried first (the server may want a password), then requested.
        tryCompare(catalogRequests, "count", 1, 10000)
        compare(catalogRequests.signalArguments[0][0], journey.session.catalogPath)
        compare(catalogRequests.signalArguments[0][1], false)
        const clear = itemNamed(recent, "Clear List")
        trigger(clear)
        compare(AppSettings.recentCatalogs.length, 0)
        compare(items(recent).filter(item => item.objectName === "recentCatalog").length, 0)
        verify(!clear.enabled)
    }

    // Last: Quit closes the window.
    function test_zzQuitClosesTheWindow() {
        trigger(itemNamed(menu("fileMenu"), "Quit"))
        tryVerify(() => !window.visible, 3000)
    }
}
