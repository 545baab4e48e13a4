// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import QtTest
import Imprint
import Imprint.Models
import "ItemWalk.js" as Walk

TestCase {
    id: testCase
    name: "CatalogPage"
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

    function init() {
        testSession.tracks.searchText = ""
        testSession.currentTrackId = 0
        while (testSession.history.canUndo)
            testSession.history.undo()
    }

    function test_showsEveryTrack() {
        const page = createTemporaryObject(pageComponent, testCase)
        const table = Walk.findNamed(page, "trackTable")
        verify(table)
        compare(table.rows, 30)
        compare(table.columns, TrackTableModel.ColumnCount)
    }

    function test_searchFiltersTheTable() {
        const page = createTemporaryObject(pageComponent, testCase)
        const search = Walk.findNamed(page, "searchField")
        const table = Walk.findNamed(page, "trackTable")
        search.forceActiveFocus()
        keyClick("Q")
        keySequence("u,i,e,t")
        compare(testSession.tracks.searchText, "Quiet")
        tryCompare(table, "rows", 10)
        keyClick(Qt.Key_Escape)
        tryCompare(table, "rows", 30)
    }

    function test_clickingARowShowsItsDetails() {
        const page = createTemporaryObject(pageComponent, testCase)
        const table = Walk.findNamed(page, "trackTable")
        tryVerify(() => table.itemAtIndex(table.index(1, 0)) !== null, 5000, "the second row has a cell")
        const cell = table.itemAtIndex(table.index(1, 0))
        mouseClick(cell)
        compare(testSession.currentTrackId, testSession.tracks.trackIdAt(1))
        const title = Walk.findNamed(page, "titleField")
        verify(title)
        compare(title.value, "Song 2")
    }

    function test_editingTheTitleSavesAndUndoes() {
        const page = createTemporaryObject(pageComponent, testCase)
        testSession.currentTrackId = testSession.tracks.trackIdAt(0)
        const title = Walk.findNamed(page, "titleField")
        title.editor.forceActiveFocus()
        title.editor.text = "New"
        keyClick(Qt.Key_Return)
        compare(testSession.currentTrack.title, "New")
        verify(testSession.history.canUndo)
        testSession.history.undo()
        compare(testSession.currentTrack.title, "Song 1")
        compare(title.editor.text, "Song 1")
    }

    SignalSpy {
        id: rightsReloads
        target: testSession.rights
        signalName: "reloaded"
    }

    SignalSpy {
        id: rightsRefreshes
        target: testSession.rights
        signalName: "tracksRefreshed"
    }

    function streamingRules(trackId) {
        const reasons = testSession.rights.reasons(testSession.rights.rowOfTrack(trackId), 1) // streaming
        return reasons.map(reason => reason.rule)
    }

    // Issue 18: clearing an ISRC in the pane re-judges that track alone: the rights page's
    // reasons follow without a reload of every track's rights.
    function test_anEditReJudgesOnlyItsTrack() {
        const page = createTemporaryObject(pageComponent, testCase)
        const id = testSession.tracks.trackIdAt(0)
        testSession.currentTrackId = id
        tryVerify(() => testSession.rights.rowOfTrack(id) >= 0, 5000, "the rights are loaded")
        // The rights page reads the facts behind the verdicts of the track it shows.
        testSession.rights.currentTrackId = id
        tryVerify(() => testSession.rights.provenance.trackId === id, 5000, "its facts are read")
        verify(streamingRules(id).indexOf("streaming.isrc.missing") < 0)
        rightsReloads.clear()
        rightsRefreshes.clear()
        const isrc = Walk.findNamed(page, "isrcField")
        verify(!Walk.findNamed(page, "assignIsrcButton").visible, "a valid ISRC is not replaced")
        isrc.editor.forceActiveFocus()
        isrc.editor.selectAll()
        keyClick(Qt.Key_Delete)
        keyClick(Qt.Key_Return)
        compare(testSession.currentTrack.isrc, "")
        // What the duplicate ISRC's fix says: an emptied field offers Assign ISRC.
        verify(Walk.findNamed(page, "assignIsrcButton").visible)
        tryCompare(rightsRefreshes, "count", 1, 5000)
        verify(rightsRefreshes.signalArguments[0][0].indexOf(id) >= 0)
        verify(streamingRules(id).indexOf("streaming.isrc.missing") >= 0)
        testSession.history.undo()
        tryCompare(rightsRefreshes, "count", 2, 5000)
        verify(streamingRules(id).indexOf("streaming.isrc.missing") < 0)
        compare(rightsReloads.count, 0)
    }

    function test_escapeRevertsAnEdit() {
        const page = createTemporaryObject(pageComponent, testCase)
        testSession.currentTrackId = testSession.tracks.trackIdAt(0)
        const artist = Walk.findNamed(page, "artistField")
        artist.editor.forceActiveFocus()
        artist.editor.selectAll()
        keySequence("X,Y")
        keyClick(Qt.Key_Escape)
        compare(artist.editor.text, "Nova Lark")
        verify(!testSession.history.canUndo)
    }
}
