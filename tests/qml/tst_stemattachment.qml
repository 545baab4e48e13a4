// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import QtTest
import Imprint
import "ItemWalk.js" as Walk

// Attach Stems… in the track's details (where a sync delivery's "no stems" blocker leads): a
// pack that matches the master is attached and counted; one whose stems are shorter than the
// master is refused with each stem named, and Attach Anyway takes it. On a catalog of its own
// (stemsWorld) with one imported take.
TestCase {
    id: testCase
    name: "StemAttachment"
    when: windowShown
    visible: true
    width: 440
    height: 500

    readonly property var session: stemsWorld.session

    Component {
        id: attachmentComponent
        StemAttachment {
            width: testCase.width
            session: testCase.session
        }
    }

    Component {
        id: fileListComponent
        TrackFileList {
            width: testCase.width
            files: testCase.session.files
        }
    }

    function stemCount(trackId) {
        session.currentTrackId = trackId
        return Number(session.currentTrack.stems)
    }

    function test_aPackIsAttachedAndAMismatchNamedStemByStem() {
        stemsWorld.importer.start(stemsWorld.makeTake("Night Ferry", "Mira Vale"))
        tryVerify(() => !stemsWorld.importer.running && session.trackCount === 1, 20000)
        const track = session.tracks.trackIdAt(0)
        compare(stemCount(track), 0)
        const attachment = createTemporaryObject(attachmentComponent, testCase, { trackId: track })
        const controller = attachment.controller
        const result = Walk.findNamed(attachment, "stemsResult")

        // The button opens the file dialog for a pack.
        const button = Walk.findNamed(attachment, "attachStemsButton")
        verify(button.visible && button.enabled)
        mouseClick(button)
        const dialog = findChild(attachment, "stemPackDialog")
        tryVerify(() => dialog.visible, 3000, "Attach Stems… opens the file dialog")
        dialog.close()
        tryVerify(() => !dialog.visible, 3000)

        // Stems as long as the master: attached, and the track counts them.
        attachment.attachPack(stemsWorld.makeStemPack("Night Ferry stems.zip", 35))
        tryVerify(() => controller.hasResult && !controller.running, 30000)
        verify(controller.succeeded, controller.summaryText)
        verify(result.visible)
        verify(result.text.indexOf("Night Ferry stems.zip") >= 0, result.text)
        tryVerify(() => stemCount(track) === 2, 10000, "the pane counts the stems")
        verify(!Walk.findNamed(attachment, "attachStemsAnywayButton").visible)

        // Shorter than the master: refused, each stem named with why.
        attachment.attachPack(stemsWorld.makeStemPack("Short stems.zip", 20))
        tryVerify(() => controller.hasResult && !controller.running, 30000)
        verify(!controller.succeeded)
        verify(controller.refusedByChecks, controller.summaryText)
        verify(result.text.indexOf("Short stems.zip") >= 0, result.text)
        verify(controller.details.some(line => line.indexOf("Drums.wav") >= 0), controller.details.join("\n"))
        verify(controller.details.some(line => line.indexOf("Bass.wav") >= 0), controller.details.join("\n"))
        compare(stemCount(track), 2)
        const anyway = Walk.findNamed(attachment, "attachStemsAnywayButton")
        verify(anyway.visible)
        mouseClick(anyway)
        tryVerify(() => controller.hasResult && !controller.running && controller.succeeded, 30000)
        tryVerify(() => stemCount(track) === 4, 10000)

        // The track's details list the four; a short stem is taken off (Ctrl+Z brings it back),
        // so the one exported again can take its place.
        session.currentTrackId = track
        const files = createTemporaryObject(fileListComponent, testCase, { y: 200 })
        tryVerify(() => session.files.files.length === 4, 5000, "the track's stems are listed")
        const shortStem = session.files.files.find(file => file.path.indexOf("Short") >= 0 || file.fileName.indexOf("(2)") >= 0)
        verify(shortStem !== undefined, JSON.stringify(session.files.files))
        const row = Walk.findNamed(files, "trackFile_" + shortStem.assetId)
        verify(row !== null)
        const remove = Walk.findNamed(row, "removeTrackFileButton")
        verify(remove.visible && remove.enabled)
        mouseClick(remove)
        tryVerify(() => session.files.files.length === 3 && stemCount(track) === 3, 10000, "the stem is off the track")
        verify(!session.files.files.some(file => file.assetId === shortStem.assetId))
        verify(session.history.undoText.indexOf(shortStem.fileName) >= 0, session.history.undoText)
        session.history.undo()
        tryVerify(() => session.files.files.length === 4 && stemCount(track) === 4, 10000, "undo puts it back")

        // Another track: the last pack's result is not shown for it.
        attachment.trackId = 0
        verify(!result.visible)
        verify(!button.enabled)
    }
}
