// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import QtQuick.Controls
import QtTest
import Imprint
import Imprint.Models
import "ItemWalk.js" as Walk

// Issue 16, item 3: someone else changes a track's title while it is open in the track pane.
// The user's edit of the old title is not saved over theirs: the conflict dialog names the field
// and both values, "Use Mine" saves the user's, "Keep Theirs" (or Escape) leaves theirs shown.
TestCase {
    id: testCase
    name: "EditConflict"
    when: windowShown
    visible: true
    width: 1024
    height: 700

    TrackDetailPane {
        id: pane
        width: 400
        height: testCase.height
        session: testSession
    }
    EditConflictDialog {
        id: dialog
        parent: testCase
        session: testSession
    }

    // Types a title into the pane's title field and commits it with Return.
    function retitle(text) {
        const field = Walk.findNamed(pane, "titleField")
        field.editor.forceActiveFocus()
        field.editor.selectAll()
        for (let i = 0; i < text.length; ++i)
            keyClick(text[i])
        keyClick(Qt.Key_Return)
    }

    // The other test files share this catalog: the track gets its title back, the history is
    // left as it was found.
    property var original: ({})
    function init() {
        // A dialog still closing (its exit transition) keeps the keyboard from the pane.
        tryVerify(() => !dialog.visible, 5000)
        const trackId = testSession.tracks.trackIdAt(2)
        testSession.currentTrackId = trackId
        tryVerify(() => pane.hasTrack)
        original = { trackId: trackId, title: shownTitle, version: pane.track.version ?? "" }
    }
    function cleanup() {
        testSession.currentTrackId = original.trackId
        tryVerify(() => pane.hasTrack)
        if (shownTitle !== original.title)
            testSession.setTrackField(original.trackId, "title", original.title)
        if ((pane.track.version ?? "") !== original.version)
            testSession.setTrackField(original.trackId, "version", original.version)
        tryCompare(testCase, "shownTitle", original.title)
        // Written before the next test's other client writes (else that write would make the
        // restore a conflict of its own). On a busy server a write may wait for a lock for up to
        // the catalog's lock timeout (10 s) before it is saved or refused.
        tryVerify(() => otherClient.trackField(original.trackId, "title") === original.title
                  && otherClient.trackField(original.trackId, "version") === original.version, 15000,
                  "the restored title and version are saved")
        compare(Object.keys(testSession.conflict).length, 0)
        testSession.history.clear()
    }

    function test_aChangedTitleAsksWhichToKeep_data() {
        return [{ tag: "use mine", keepMine: true }, { tag: "keep theirs", keepMine: false }]
    }
    function test_aChangedTitleAsksWhichToKeep(data) {
        const trackId = original.trackId
        verify(otherClient.setTrackField(trackId, "title", "Their Title " + data.tag))

        retitle("My Title " + data.tag)
        tryVerify(() => dialog.opened, 5000, "the conflict dialog opens")
        // The track by the title it has in the catalog now, the field by the pane's label.
        compare(Walk.findNamed(dialog.contentItem, "conflictRecord").text, "Their Title " + data.tag)
        compare(Walk.findNamed(dialog.contentItem, "conflictField").text, "Title")
        compare(Walk.findNamed(dialog.contentItem, "theirsValue").text, "Their Title " + data.tag)
        compare(Walk.findNamed(dialog.contentItem, "yoursValue").text, "My Title " + data.tag)
        compare(shownTitle, "Their Title " + data.tag) // the catalog's value is shown meanwhile

        if (data.keepMine)
            mouseClick(Walk.findNamed(dialog.footer, "useMineButton"))
        else
            keyClick(Qt.Key_Escape)
        tryVerify(() => !dialog.visible)
        compare(Object.keys(testSession.conflict).length, 0)
        tryCompare(testCase, "shownTitle", (data.keepMine ? "My Title " : "Their Title ") + data.tag)
        // What the catalog holds: read back by a fresh load.
        testSession.reload()
        tryVerify(() => !testSession.loading, 5000)
        testSession.currentTrackId = trackId
        tryCompare(testCase, "shownTitle", (data.keepMine ? "My Title " : "Their Title ") + data.tag)
    }
    // Two fields changed by someone else: the dialog asks about each in turn.
    function test_twoConflictsAreAskedInTurn() {
        const trackId = original.trackId
        verify(otherClient.setTrackField(trackId, "title", "Their Title"))
        verify(otherClient.setTrackField(trackId, "version", "Their Mix"))
        // Both edits made before the first conflict comes back (typed, the dialog would take the
        // keyboard half way through the second).
        testSession.setTrackField(trackId, "title", "My Title")
        testSession.setTrackField(trackId, "version", "My Mix")
        tryVerify(() => dialog.opened, 5000)
        compare(Walk.findNamed(dialog.contentItem, "yoursValue").text, "My Title")
        mouseClick(Walk.findNamed(dialog.footer, "useMineButton"))
        tryVerify(() => dialog.opened && Walk.findNamed(dialog.contentItem, "yoursValue").text === "My Mix", 5000,
                  "the second conflict is asked next")
        keyClick(Qt.Key_Escape)
        tryVerify(() => !dialog.visible)
        compare(Object.keys(testSession.conflict).length, 0)
        tryCompare(testCase, "shownTitle", "My Title")
        tryCompare(pane.track, "version", "Their Mix")
    }

    // The rights page's records ask the same way: a provenance field someone else set while
    // this window still showed it empty.
    function test_aProvenanceFieldChangedAsks() {
        const trackId = original.trackId
        testSession.rights.currentTrackId = trackId
        tryVerify(() => testSession.rights.provenance.trackId === trackId, 5000, "its facts are read")
        compare(otherClient.provenanceField(trackId, "tool"), "<none>", "the track starts without provenance")
        verify(otherClient.setProvenanceField(trackId, "tool", "Their Tool"))
        verify(testSession.rights.setProvenanceField(trackId, "tool", "My Tool"))
        tryVerify(() => dialog.opened, 5000, "the conflict dialog opens")
        compare(Walk.findNamed(dialog.contentItem, "conflictRecord").text, original.title)
        compare(Walk.findNamed(dialog.contentItem, "conflictField").text, "Tool")
        compare(Walk.findNamed(dialog.contentItem, "theirsValue").text, "Their Tool")
        compare(Walk.findNamed(dialog.contentItem, "yoursValue").text, "My Tool")
        mouseClick(Walk.findNamed(dialog.footer, "useMineButton"))
        tryVerify(() => !dialog.visible)
        tryVerify(() => testSession.rights.provenance.tool === "My Tool", 5000)
        compare(otherClient.provenanceField(trackId, "tool"), "My Tool")
        // Leave the track as it was found.
        verify(otherClient.removeProvenance(trackId))
        testSession.rights.reload()
        tryVerify(() => !testSession.rights.loading, 5000)
        compare(testSession.rights.provenance.recorded ?? false, false)
    }

    // A new title arrives while the user types one (someone else's change, as a team catalog
    // shows it): the typed text stays, the new value is named under the field; Esc takes it,
    // Enter keeps what was typed.
    function test_aValueArrivingWhileTypingKeepsTheTypedText() {
        const trackId = original.trackId
        const field = Walk.findNamed(pane, "titleField")
        const note = Walk.findNamed(pane, "titleFieldChangedMeanwhile")
        const type = text => {
            field.editor.forceActiveFocus()
            field.editor.selectAll()
            for (let i = 0; i < text.length; ++i)
                keyClick(text[i])
        }
        type("Typed")
        verify(field.typing)
        verify(!note.visible)
        testSession.setTrackField(trackId, "title", "Arrived Meanwhile")
        compare(shownTitle, "Arrived Meanwhile")
        compare(field.editor.text, "Typed")
        verify(field.changedMeanwhile)
        verify(note.visible)
        verify(note.text.indexOf("“Arrived Meanwhile”") >= 0, note.text)
        keyClick(Qt.Key_Escape)
        compare(field.editor.text, "Arrived Meanwhile")
        verify(!note.visible)

        type("Typed Again")
        testSession.setTrackField(trackId, "title", "Arrived Again")
        compare(field.editor.text, "Typed Again")
        keyClick(Qt.Key_Return)
        compare(shownTitle, "Typed Again")
        compare(field.editor.text, "Typed Again")
        verify(!field.typing && !note.visible)
        // Not typing: a new value shows at once.
        testSession.setTrackField(trackId, "title", "Shown At Once")
        compare(field.editor.text, "Shown At Once")
    }

    readonly property string shownTitle: pane.track ? (pane.track.title ?? "") : ""
}
