// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import QtQuick.Controls
import QtTest
import Imprint
import Imprint.App
import Imprint.Models
import "ItemWalk.js" as Walk

// Where readiness's "not on any release" and "not linked to a work" lead: the track's details
// add the track to a release (or start one when there is none) and make its work, each undone
// with one undo. Where "no master file" leads: a track planned before it was recorded takes its
// audio file in its details, and its stems wait for it. On a catalog of its own (looseTakeWorld)
// with one imported take.
TestCase {
    id: testCase
    name: "TrackPaneActions"
    when: windowShown
    visible: true
    width: 520
    height: 900

    readonly property var session: looseTakeWorld.session

    Component {
        id: paneComponent
        TrackDetailPane {
            width: testCase.width
            height: testCase.height
            session: testCase.session
        }
    }

    SignalSpy {
        id: newReleaseSpy
        signalName: "newReleaseRequested"
    }

    Component {
        id: qualityPaneComponent
        QualityDetailPane {
            width: testCase.width
            height: 300
            quality: testCase.session.quality
        }
    }

    ReleasePlanController {
        id: planner
        session: looseTakeWorld.session
    }

    SignalSpy {
        id: plannedSpy
        target: planner
        signalName: "plannedTrackAdded"
    }

    function initTestCase() {
        looseTakeWorld.importer.start(looseTakeWorld.makeTake("Night Ferry", "Mira Vale"))
        tryVerify(() => !looseTakeWorld.importer.running && session.trackCount === 1, 20000)
        session.currentTrackId = session.tracks.trackIdAt(0)
    }

    function test_aTrackOnNoReleaseIsAddedToOne() {
        const pane = createTemporaryObject(paneComponent, testCase)
        newReleaseSpy.target = pane
        const button = Walk.findNamed(pane, "addToReleaseButton")
        const choice = Walk.findNamed(pane, "addToReleaseChoice")
        verify(button && choice)
        compare(session.currentTrack.release, "")

        // No release yet: the button starts one.
        tryVerify(() => button.visible && !choice.visible)
        compare(button.text, "New Release…")
        mouseClick(button)
        compare(newReleaseSpy.count, 1)

        verify(session.releases.createRelease("Night Ferry", "Mira Vale", "single", ""))
        tryVerify(() => choice.visible && choice.count === 1, 5000)
        compare(button.text, "Add to Release")
        compare(choice.currentText, "Night Ferry")
        mouseClick(button)
        tryVerify(() => session.currentTrack.release === "Night Ferry", 5000, session.currentTrack.release)
        tryVerify(() => !button.visible, 5000, "the track is on a release now")

        session.history.undo()
        tryVerify(() => session.currentTrack.release === "", 5000, session.currentTrack.release)
        tryVerify(() => button.visible, 5000)
    }

    function test_aWorkIsMadeForTheTrack() {
        const pane = createTemporaryObject(paneComponent, testCase)
        const credits = session.credits
        const button = Walk.findNamed(pane, "newWorkForTrackButton")
        verify(button)
        tryVerify(() => credits.trackId === session.currentTrackId && credits.trackWorkId === 0, 5000)
        verify(button.visible && button.enabled)
        compare(button.text, "New Work")
        button.click() // below the window's edge in the pane's scroll view
        tryVerify(() => credits.trackWorkId > 0, 5000)
        compare(credits.works.choices.find(choice => choice.value === String(credits.trackWorkId))?.text,
                "Night Ferry")
        verify(!button.visible)

        session.history.undo()
        tryVerify(() => credits.trackWorkId === 0 && button.visible, 5000)
    }

    // Last (named so): it adds a release, which the first test must not find.
    function test_zAPlannedTrackTakesItsAudioInItsDetails() {
        verify(session.releases.createRelease("Glass Harbour", "Mira Vale", "ep", ""))
        tryVerify(() => session.releases.current.title === "Glass Harbour", 5000)
        const release = session.releases.currentReleaseId
        plannedSpy.clear()
        verify(planner.addPlannedTrack(release, "Low Tide", "", "", ""))
        plannedSpy.wait(10000)
        const planned = plannedSpy.signalArguments[0][0]
        tryVerify(() => session.trackCount === 2, 5000)
        session.currentTrackId = planned
        compare(session.currentTrack.path, "")

        // The audio checks say there is nothing to measure yet, and where to choose it.
        const qualityPane = createTemporaryObject(qualityPaneComponent, testCase)
        session.quality.currentTrackId = planned
        tryVerify(() => Walk.findNamed(qualityPane, "qualityNoAudio").visible, 5000)

        const pane = createTemporaryObject(paneComponent, testCase)
        const audio = Walk.findNamed(pane, "trackAudioAttachment")
        const choose = Walk.findNamed(pane, "chooseTrackAudioButton")
        verify(audio.visible && choose.visible && choose.enabled)
        // Stems are checked against the master: not before there is one, and the pane says why.
        verify(!Walk.findNamed(pane, "attachStemsButton").enabled)
        verify(Walk.findNamed(pane, "stemsNeedMaster").visible)

        mouseClick(choose)
        const dialog = findChild(audio, "trackAudioDialog")
        tryVerify(() => dialog.visible, 3000, "Choose Audio File… opens the file dialog")
        dialog.close()
        tryVerify(() => !dialog.visible, 3000)

        audio.attachFile(looseTakeWorld.makeOutsideTake("Low Tide") + "/Low Tide.wav")
        tryVerify(() => session.currentTrack.path.length > 0, 20000, audio.controller.message)
        verify(audio.controller.succeeded, audio.controller.message)
        tryVerify(() => !audio.visible, 5000)
        verify(Walk.findNamed(pane, "attachStemsButton").enabled)
        verify(!Walk.findNamed(pane, "stemsNeedMaster").visible)
    }
}
