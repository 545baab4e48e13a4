// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import QtQuick.Controls
import QtTest
import Imprint
import Imprint.App
import Imprint.Models
import "ItemWalk.js" as Walk

// The catalog's track table as a desktop table (issue 13): columns chosen from the header's
// menu and resized by dragging, both remembered; sorting by header click and from the
// keyboard's context menu; each row action tied to what it does; the preview's wiring (no
// test depends on a sound device).
TestCase {
    id: testCase
    name: "TrackTable"
    when: windowShown
    visible: true
    width: 1200
    height: 800

    Component {
        id: pageComponent
        CatalogPage {
            width: testCase.width
            height: testCase.height
            importer: testImporter
        }
    }
    Component {
        id: previewComponent
        TrackPreviewBar {
            width: 600
        }
    }
    SignalSpy {
        id: writeTagsSpy
        signalName: "writeTagsRequested"
    }
    SignalSpy {
        id: showSpy
        signalName: "showTrackRequested"
    }
    SignalSpy {
        id: folderSpy
        signalName: "openFolderRequested"
    }

    function makePage(session) {
        if ((session ?? testSession).trackCount === 0) {
            session.reload()
            tryVerify(() => session.trackCount > 0 && !session.loading, 5000, "the catalog is loaded")
        }
        const page = createTemporaryObject(pageComponent, testCase, { session: session ?? testSession })
        writeTagsSpy.target = page
        showSpy.target = page
        folderSpy.target = page
        writeTagsSpy.clear()
        showSpy.clear()
        folderSpy.clear()
        const table = Walk.findNamed(page, "trackTable")
        tryVerify(() => table.itemAtIndex(table.index(1, 0)) !== null, 5000, "the table has rows")
        return page
    }
    function trackTable(page) {
        return Walk.findNamed(page, "trackTable").parent.parent // the TrackTable around the view
    }
    function menuItem(menu, name) {
        for (let i = 0; i < menu.count; ++i) {
            const item = menu.itemAt(i)
            if (item && item.objectName === name)
                return item
        }
        return null
    }
    // The row menu from the keyboard (the Menu key) on the given row.
    function openRowMenu(page, row) {
        const view = Walk.findNamed(page, "trackTable")
        mouseClick(view.itemAtIndex(view.index(row, 0)))
        keyClick(Qt.Key_Menu)
        const menu = trackTable(page).contextMenu
        tryCompare(menu, "opened", true)
        return menu
    }
    function trigger(menu, name) {
        const item = menuItem(menu, name)
        verify(item, name)
        verify(item.enabled, name + " is enabled")
        mouseClick(item)
        tryCompare(menu, "visible", false)
    }

    function init() {
        testSession.tracks.searchText = ""
        testSession.currentTrackId = 0
        if (testSession.tracks.sortColumn !== 0 || testSession.tracks.sortOrder !== Qt.AscendingOrder) {
            testSession.tracks.sortByColumn(0)
            if (testSession.tracks.sortOrder !== Qt.AscendingOrder)
                testSession.tracks.sortByColumn(0)
        }
    }
    // What the tests chose is kept in the state file: back to the defaults for the next test.
    function cleanup() {
        const page = createTemporaryObject(pageComponent, testCase, { session: testSession })
        const columns = trackTable(page).columns
        for (let c = 0; c < columns.keys.length; ++c)
            columns.setShown(c, !columns.defaultHidden.includes(columns.keys[c]))
        columns.resetWidths()
        page.destroy()
    }

    function test_headerMenuShowsAColumnAndItIsRemembered() {
        let page = makePage()
        const view = Walk.findNamed(page, "trackTable")
        const bpm = TrackTableModel.BpmColumn
        compare(view.columnWidthProvider(bpm), 0, "BPM is hidden at first")
        const header = Walk.findNamed(page, "trackTableHeader")
        mouseClick(header.itemAtIndex(header.index(0, 0)), 20, 10, Qt.RightButton)
        const columnsMenu = trackTable(page).headerMenu
        compare(columnsMenu.objectName, "trackColumnsMenu")
        tryCompare(columnsMenu, "opened", true)
        trigger(columnsMenu, "showColumn_bpm")
        tryVerify(() => view.columnWidthProvider(bpm) > 0, 2000, "BPM is shown")
        // Hidden again from the same menu, and the title column cannot be the last one hidden.
        verify(!trackTable(page).columns.isLastShown(TrackTableModel.TitleColumn))

        // The next time the page is built (the next start), BPM is still there.
        page.destroy()
        page = makePage()
        tryVerify(() => Walk.findNamed(page, "trackTable").columnWidthProvider(bpm) > 0, 2000, "BPM is remembered")
    }

    function test_draggingAHeaderEdgeResizesAndIsRemembered() {
        let page = makePage()
        const header = Walk.findNamed(page, "trackTableHeader")
        const view = Walk.findNamed(page, "trackTable")
        const column = TrackTableModel.VersionColumn
        const before = view.columnWidth(column)
        const cell = header.itemAtIndex(header.index(0, column))
        const grip = Walk.findNamed(cell, "resizeGrip")
        verify(grip)
        // The mouse moves over the header while the edge follows it.
        const at = grip.mapToItem(header, 4, 10)
        mousePress(header, at.x, at.y)
        mouseMove(header, at.x + 30, at.y)
        mouseMove(header, at.x + 60, at.y)
        mouseRelease(header, at.x + 60, at.y)
        tryVerify(() => Math.abs(view.columnWidth(column) - (before + 60)) < 1, 2000, "60 px wider")
        // Kept for the next start.
        page.destroy()
        page = makePage()
        tryVerify(() => Math.abs(Walk.findNamed(page, "trackTable").columnWidth(column) - (before + 60)) < 1, 2000,
                  "the width is remembered")
    }

    function test_headerClickSortsBothWaysWithAnIndicator() {
        const page = makePage()
        const header = Walk.findNamed(page, "trackTableHeader")
        const artist = header.itemAtIndex(header.index(0, TrackTableModel.ArtistColumn))
        mouseClick(artist, 20, 10)
        compare(testSession.tracks.sortColumn, TrackTableModel.ArtistColumn)
        compare(testSession.tracks.sortOrder, Qt.AscendingOrder)
        verify(Walk.findNamed(artist, "sortIndicator").visible)
        mouseClick(artist, 20, 10)
        compare(testSession.tracks.sortOrder, Qt.DescendingOrder)
        verify(!Walk.findNamed(header.itemAtIndex(header.index(0, 0)), "sortIndicator").visible)
    }

    function test_sortingFromTheKeyboard() {
        const page = makePage()
        const menu = openRowMenu(page, 0)
        // The "Sort By" submenu: its item for the duration sorts by it; again reverses.
        let sortBy = null
        for (let i = 0; i < menu.count; ++i) {
            const item = menu.itemAt(i)
            if (item.subMenu && item.subMenu.objectName === "sortMenu")
                sortBy = item.subMenu
        }
        verify(sortBy)
        menu.close()
        const duration = TrackTableModel.DurationColumn
        menuItem(sortBy, "sortBy_duration").triggered()
        compare(testSession.tracks.sortColumn, duration)
        compare(testSession.tracks.sortOrder, Qt.AscendingOrder)
        menuItem(sortBy, "sortBy_duration").triggered()
        compare(testSession.tracks.sortOrder, Qt.DescendingOrder)
        // Hidden columns are not offered.
        verify(!menuItem(sortBy, "sortBy_bpm").visible)
    }

    function test_rowMenuEditsTheTrackInItsPane() {
        const page = makePage()
        trigger(openRowMenu(page, 2), "editItem")
        const title = Walk.findNamed(page, "titleField")
        tryVerify(() => title.editor.activeFocus, 2000, "the title is being edited")
        compare(testSession.currentTrackId, testSession.tracks.trackIdAt(2))
        compare(title.value, testSession.currentTrack.title)
    }

    function test_rowMenuWritesTagsOfTheSelection() {
        const page = makePage()
        trigger(openRowMenu(page, 1), "writeTagsItem")
        compare(writeTagsSpy.count, 1)
        compare(writeTagsSpy.signalArguments[0][0], [testSession.tracks.trackIdAt(1)])
    }

    function test_rowMenuShowsTheTrackInQualityAndRights() {
        const page = makePage()
        const id = testSession.tracks.trackIdAt(3)
        trigger(openRowMenu(page, 3), "showInQualityItem")
        compare(showSpy.count, 1)
        compare(showSpy.signalArguments[0][0], "quality")
        compare(showSpy.signalArguments[0][1], id)
        trigger(openRowMenu(page, 3), "showInRightsItem")
        compare(showSpy.signalArguments[1][0], "rights")
        compare(showSpy.signalArguments[1][1], id)
    }

    function test_openContainingFolderNeedsAFile() {
        // The main test catalog has no library: nothing to open, nothing to play.
        let page = makePage()
        let menu = openRowMenu(page, 0)
        verify(!menuItem(menu, "openFolderItem").enabled)
        verify(!menuItem(menu, "previewItem").enabled)
        menu.close()
        page.destroy()
        // Real masters: the folder of the selected one.
        page = makePage(tagWriteSession)
        menu = openRowMenu(page, 1)
        const id = tagWriteSession.tracks.trackIdAt(1)
        trigger(menu, "openFolderItem")
        compare(folderSpy.count, 1)
        verify(String(folderSpy.signalArguments[0][0]).length > 0)
        compare(folderSpy.signalArguments[0][0], tagWriteSession.masterFolderUrl(id))
    }

    function test_rightClickSelectsTheRowAndOpensTheMenu() {
        const page = makePage()
        const view = Walk.findNamed(page, "trackTable")
        mouseClick(view.itemAtIndex(view.index(4, 1)), 10, 10, Qt.RightButton)
        compare(testSession.currentTrackId, testSession.tracks.trackIdAt(4))
        tryCompare(trackTable(page).contextMenu, "opened", true)
        trackTable(page).contextMenu.close()
        tryCompare(trackTable(page).contextMenu, "visible", false)
        verify(view.activeFocus, "the table has the keys again")
        // Shift+F10 opens it too.
        keyClick(Qt.Key_F10, Qt.ShiftModifier)
        tryCompare(trackTable(page).contextMenu, "opened", true)
        trackTable(page).contextMenu.close()
    }

    function test_spacePlaysTheSelectedTracksPreview() {
        const page = makePage(tagWriteSession)
        const view = Walk.findNamed(page, "trackTable")
        const preview = Walk.findNamed(page, "trackPreview")
        mouseClick(view.itemAtIndex(view.index(0, 0)))
        const id = tagWriteSession.tracks.trackIdAt(0)
        compare(preview.source, tagWriteSession.masterFileUrl(id))
        verify(String(preview.source).endsWith(".flac"))
        keyClick(Qt.Key_Space)
        // Playing, or (without a sound device) a message that says why not; never a crash.
        tryVerify(() => preview.playing || preview.problem.length > 0, 5000, "play was asked for")
        if (preview.playing) {
            keyClick(Qt.Key_Space)
            tryVerify(() => !preview.playing, 5000, "paused")
        }
        // Another track: the preview stops and takes its file.
        mouseClick(view.itemAtIndex(view.index(2, 0)))
        compare(preview.source, tagWriteSession.masterFileUrl(tagWriteSession.tracks.trackIdAt(2)))
        verify(!preview.playing)
    }

    function test_spaceInTheSearchFieldTypes() {
        const page = makePage(tagWriteSession)
        const preview = Walk.findNamed(page, "trackPreview")
        const search = Walk.findNamed(page, "searchField")
        search.forceActiveFocus()
        keyClick("a")
        keyClick(Qt.Key_Space)
        compare(search.text, "a ")
        verify(!preview.playing)
        compare(preview.problem, "")
        search.text = ""
    }

    function test_previewSaysWhyItCannotPlay() {
        const noFile = createTemporaryObject(previewComponent, testCase, { source: "" })
        noFile.togglePlayback()
        verify(noFile.problem.length > 0)
        verify(!noFile.playing)
        const missing = createTemporaryObject(previewComponent, testCase,
                                              { source: "file:///nonexistent/imprint/take.flac", title: "Gone" })
        missing.togglePlayback()
        tryVerify(() => missing.problem.length > 0, 5000, "a missing file is reported")
        verify(!missing.playing)
        verify(Walk.findNamed(missing, "previewProblem").visible)
        // The player's reason names the file (the folder is in the tooltip); on a machine with
        // no sound device the bar first says that.
        tryVerify(() => missing.problem.indexOf("take.flac") >= 0, 5000, missing.problem)
    }
}
