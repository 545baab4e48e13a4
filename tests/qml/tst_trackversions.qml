// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import QtTest
import Imprint
import "ItemWalk.js" as Walk

// The track pane's versions: find the original by typing, pick it with the keyboard, see the
// link, follow it, undo it; or, from the original, add a version made from it.
TestCase {
    id: testCase
    name: "TrackVersions"
    when: windowShown
    visible: true
    width: 600
    height: 500

    Component {
        id: sectionComponent
        TrackVersionsSection {
            width: testCase.width
            versions: testSession.versions
            trackId: testSession.currentTrackId
            onTrackActivated: trackId => testSession.currentTrackId = trackId
        }
    }

    function idOfTitle(title) {
        const table = testSession.tracks
        tryVerify(() => table.rowCount() > 0, 5000)
        for (let row = 0; row < table.rowCount(); ++row) {
            const index = table.index(row, 0)
            if (table.data(index, Qt.DisplayRole) === title)
                return table.trackIdAt(row)
        }
        return 0
    }

    function test_findTheOriginalAndLinkIt() {
        const section = createTemporaryObject(sectionComponent, testCase)
        const version = idOfTitle("Song 12")
        const original = idOfTitle("Song 30")
        verify(version > 0 && original > 0)
        testSession.currentTrackId = version
        const search = Walk.findNamed(section, "originalSearch")
        verify(search && search.visible)
        search.forceActiveFocus()
        search.text = "Song 30"
        tryVerify(() => testSession.versions.candidates.length === 1, 5000)
        keyClick(Qt.Key_Return)
        tryVerify(() => testSession.versions.original.trackId === original, 5000)
        verify(!search.visible)
        compare(testSession.history.undoText.indexOf("Original") >= 0, true)

        // Following the link selects the original, which lists this version.
        const link = Walk.findNamed(section, "originalLink")
        verify(link && link.visible)
        section.trackActivated(testSession.versions.original.trackId)
        tryVerify(() => testSession.versions.versions.length === 1, 5000)
        compare(testSession.versions.versions[0].trackId, version)

        testSession.history.undo()
        tryVerify(() => testSession.versions.versions.length === 0, 5000)
    }

    // Where "no instrumental" leads: the original's pane adds the version made from it.
    function test_addAVersionFromTheOriginal() {
        const section = createTemporaryObject(sectionComponent, testCase)
        const original = idOfTitle("Song 29")
        const version = idOfTitle("Song 28")
        verify(version > 0 && original > 0)
        testSession.currentTrackId = original
        tryVerify(() => testSession.versions.versions.length === 0, 5000)
        const search = Walk.findNamed(section, "addVersionSearch")
        verify(search && search.visible)
        search.forceActiveFocus()
        search.text = "Song 28"
        tryVerify(() => testSession.versions.candidates.length === 1, 5000)
        keyClick(Qt.Key_Return)
        tryVerify(() => testSession.versions.versions.length === 1, 5000)
        compare(testSession.versions.versions[0].trackId, version)
        verify(search.visible, "more versions can be added")

        testSession.history.undo()
        tryVerify(() => testSession.versions.versions.length === 0, 5000)
    }
}
