// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import QtTest
import Imprint
import "ItemWalk.js" as Walk

// Attach Cut-downs… in the track's details (where sync readiness's and a sync delivery's "no
// cut-downs" lead): two edits are copied in and counted by the pane; the same file again adds
// nothing; a file that is no audio is refused by name and nothing changes. On a catalog of its
// own (stemsWorld) with one imported take.
TestCase {
    id: testCase
    name: "CutdownAttachment"
    when: windowShown
    visible: true
    width: 440
    height: 400

    readonly property var session: stemsWorld.session

    Component {
        id: attachmentComponent
        CutdownAttachment {
            width: testCase.width
            session: testCase.session
        }
    }

    function cutdownCount(trackId) {
        session.currentTrackId = trackId
        return Number(session.currentTrack.cutdowns)
    }

    function attach(attachment, files) {
        attachment.attachFiles(files)
        tryVerify(() => attachment.controller.hasResult && !attachment.controller.running, 30000)
    }

    function test_cutdownsAreCopiedInCountedAndRefusedByName() {
        const before = session.trackCount
        stemsWorld.importer.start(stemsWorld.makeTake("Harbour Cut", "Mira Vale"))
        tryVerify(() => !stemsWorld.importer.running && session.trackCount === before + 1, 20000)
        const track = session.tracks.trackIdAt(session.trackCount - 1)
        compare(cutdownCount(track), 0)
        const attachment = createTemporaryObject(attachmentComponent, testCase, { trackId: track })
        const controller = attachment.controller
        const result = Walk.findNamed(attachment, "cutdownsResult")

        // The button opens a file dialog that takes several files.
        const button = Walk.findNamed(attachment, "attachCutdownsButton")
        verify(button.visible && button.enabled)
        mouseClick(button)
        const dialog = findChild(attachment, "cutdownDialog")
        tryVerify(() => dialog.visible, 3000, "Attach Cut-downs… opens the file dialog")
        dialog.close()
        tryVerify(() => !dialog.visible, 3000)

        const thirty = stemsWorld.makeAudioFile("Harbour Cut 30s.wav", 30, 330)
        attach(attachment, [thirty, stemsWorld.makeAudioFile("Harbour Cut 60s.wav", 60, 440)])
        verify(controller.succeeded, controller.summaryText)
        verify(result.visible)
        verify(result.text.indexOf("Harbour Cut 30s.wav") >= 0 && result.text.indexOf("Harbour Cut 60s.wav") >= 0,
               result.text)
        tryVerify(() => cutdownCount(track) === 2, 10000, "the pane counts the cut-downs")
        verify(stemsWorld.libraryHas("CutDowns/Mira Vale/Harbour Cut/Harbour Cut 30s.wav"))

        // The same file again: nothing added, and the message says so.
        attach(attachment, [thirty])
        verify(controller.succeeded, controller.summaryText)
        verify(result.text.indexOf("already") >= 0, result.text)
        compare(cutdownCount(track), 2)

        // No audio: refused with the file's name, nothing attached.
        attach(attachment, [stemsWorld.makeTextFile("cue notes.txt", "30 s edit from 0:45")])
        verify(!controller.succeeded)
        compare(result.type, "error")
        verify(result.text.indexOf("cue notes.txt") >= 0, result.text)
        compare(cutdownCount(track), 2)

        // Another track: the last result is not shown for it.
        attachment.trackId = 0
        verify(!result.visible)
        verify(!button.enabled)
    }
}
