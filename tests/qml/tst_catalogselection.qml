// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import QtTest
import Imprint
import Imprint.Models
import "ItemWalk.js" as Walk

// Multi-selection in the catalog table and the bulk editor it opens.
TestCase {
    id: testCase
    name: "CatalogSelection"
    when: windowShown
    visible: true
    width: 1200
    height: 800

    Component {
        id: pageComponent
        CatalogPage {
            width: testCase.width
            height: testCase.height
            session: testSession
            importer: testImporter
        }
    }

    function cell(table, row) {
        tryVerify(() => table.itemAtIndex(table.index(row, 0)) !== null, 5000, "row " + row + " has a cell")
        return table.itemAtIndex(table.index(row, 0))
    }

    function genreAt(row) {
        return testSession.tracks.data(testSession.tracks.index(row, 0), TrackTableModel.GenreRole)
    }

    function type(text) {
        for (let i = 0; i < text.length; ++i)
            keyClick(text[i])
    }

    function init() {
        testSession.tracks.searchText = ""
        testSession.currentTrackId = 0
    }

    function cleanup() {
        while (testSession.history.canUndo)
            testSession.history.undo()
    }

    function test_ctrlAndShiftClick() {
        const page = createTemporaryObject(pageComponent, testCase)
        const table = Walk.findNamed(page, "trackTable")
        const selection = testSession.selection
        mouseClick(cell(table, 0))
        compare(selection.count, 1)
        compare(testSession.currentTrackId, testSession.tracks.trackIdAt(0))
        mouseClick(cell(table, 2), undefined, undefined, Qt.LeftButton, Qt.ControlModifier)
        compare(selection.count, 2)
        verify(selection.contains(testSession.tracks.trackIdAt(2)))
        // Ctrl+click again removes it.
        mouseClick(cell(table, 2), undefined, undefined, Qt.LeftButton, Qt.ControlModifier)
        compare(selection.count, 1)
        mouseClick(cell(table, 2), undefined, undefined, Qt.LeftButton, Qt.ControlModifier)
        // Shift+click: rows 2 to 5, from the last Ctrl+click.
        mouseClick(cell(table, 5), undefined, undefined, Qt.LeftButton, Qt.ShiftModifier)
        compare(selection.count, 4)
        for (let row = 2; row <= 5; ++row)
            verify(selection.contains(testSession.tracks.trackIdAt(row)), "row " + row)
        verify(cell(table, 3).selected)
        verify(!cell(table, 0).selected)
        const pane = Walk.findNamed(page, "bulkEditPane")
        verify(pane.visible)
        compare(Walk.findNamed(page, "bulkTitle").text.indexOf("4"), 0)
        // Shift+Down extends the range by one row.
        keyClick(Qt.Key_Down, Qt.ShiftModifier)
        compare(selection.count, 5)
        // A plain click selects one track again.
        mouseClick(cell(table, 1))
        compare(selection.count, 1)
        verify(!pane.visible)
    }

    function test_ctrlASelectsTheVisibleTracksAndEscClears() {
        const page = createTemporaryObject(pageComponent, testCase)
        const table = Walk.findNamed(page, "trackTable")
        testSession.tracks.searchText = "Quiet"
        tryCompare(table, "rows", 10)
        mouseClick(cell(table, 0))
        keyClick(Qt.Key_A, Qt.ControlModifier)
        compare(testSession.selection.count, 10)
        const ids = testSession.selection.selectedTrackIds()
        compare(ids.length, 10)
        // The selection is kept by track: clearing the search keeps the same ten.
        testSession.tracks.searchText = ""
        tryCompare(table, "rows", 30)
        compare(testSession.selection.count, 10)
        verify(!Walk.findNamed(page, "bulkHidden").visible)
        // Another search hides them: the editor says so.
        testSession.tracks.searchText = "Nova"
        compare(testSession.selection.hiddenCount, 10)
        verify(Walk.findNamed(page, "bulkHidden").visible)
        testSession.tracks.searchText = ""
        table.forceActiveFocus()
        keyClick(Qt.Key_Escape)
        compare(testSession.selection.count, 0)
        compare(testSession.currentTrackId, 0)
    }

    function test_bulkGenreAppliesAndUndoes() {
        const page = createTemporaryObject(pageComponent, testCase)
        const table = Walk.findNamed(page, "trackTable")
        verify(testSession.setTrackField(testSession.tracks.trackIdAt(0), "genre", "Rock"))
        mouseClick(cell(table, 0))
        mouseClick(cell(table, 4), undefined, undefined, Qt.LeftButton, Qt.ShiftModifier)
        compare(testSession.selection.count, 5)
        const genre = Walk.findNamed(page, "bulkGenre")
        verify(genre.mixed)
        compare(genre.editor.placeholderText, "(mixed)")
        compare(genre.editor.text, "")

        // Enter on the table goes to the bulk editor's first field; Tab moves on.
        keyClick(Qt.Key_Return)
        verify(Walk.findNamed(page, "bulkArtist").editor.activeFocus)
        genre.editor.forceActiveFocus()
        type("Ambient")
        verify(genre.edited)
        keyClick(Qt.Key_Return)
        for (let row = 0; row < 5; ++row)
            compare(genreAt(row), "Ambient")
        compare(genreAt(5), "")
        verify(!genre.mixed)
        compare(genre.editor.text, "Ambient")
        verify(!genre.edited)

        // One undo step: each track gets its own genre back.
        testSession.history.undo()
        compare(genreAt(0), "Rock")
        for (let row = 1; row < 5; ++row)
            compare(genreAt(row), "")
        verify(genre.mixed)
        testSession.history.redo()
        compare(genreAt(0), "Ambient")
    }

    function test_escCancelsABulkEdit() {
        const page = createTemporaryObject(pageComponent, testCase)
        const table = Walk.findNamed(page, "trackTable")
        mouseClick(cell(table, 0))
        mouseClick(cell(table, 2), undefined, undefined, Qt.LeftButton, Qt.ShiftModifier)
        const language = Walk.findNamed(page, "bulkLanguage")
        language.editor.forceActiveFocus()
        type("fr")
        verify(language.edited)
        keyClick(Qt.Key_Escape)
        verify(!language.edited)
        compare(language.editor.text, "")
        verify(!testSession.history.canUndo)
        compare(testSession.selection.count, 3)
    }

    function test_refusedValueIsShownAndNotApplied() {
        const page = createTemporaryObject(pageComponent, testCase)
        const table = Walk.findNamed(page, "trackTable")
        mouseClick(cell(table, 0))
        mouseClick(cell(table, 1), undefined, undefined, Qt.LeftButton, Qt.ShiftModifier)
        const pane = Walk.findNamed(page, "bulkEditPane")
        compare(pane.bulk.check("explicit", "maybe"), "Explicit is yes, no or not set.")
        verify(!pane.bulk.apply({ explicit: "maybe" }))
        verify(!testSession.history.canUndo)
        verify(!Walk.findNamed(page, "bulkApply").enabled)
    }
}
