// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import QtQuick.Controls
import QtTest
import Imprint
import Imprint.Models
import "ItemWalk.js" as Walk

// The selected track's rights on the Rights page: a provenance edit changes its verdict, a new
// clearance item shows in its list and in what sync still needs, and undo brings both back.
TestCase {
    id: testCase
    name: "RightsTabs"
    when: windowShown
    visible: true
    width: 1400
    height: 900

    Component {
        id: pageComponent
        RightsPage {
            width: testCase.width
            height: testCase.height
            session: testSession
        }
    }

    function init() {
        while (testSession.history.canUndo)
            testSession.history.undo()
        tryVerify(() => !testSession.rights.loading, 5000)
    }

    function openPage() {
        const page = createTemporaryObject(pageComponent, testCase)
        tryVerify(() => testSession.rights.matrix.rowCount() > 0, 5000)
        page.select(0, 0)
        verify(testSession.rights.currentTrackId > 0)
        return page
    }

    function contentVerdict(page) {
        // The chip's words as shown: the verdict and its number of blockers ("" until laid out).
        const chip = Walk.findNamed(Walk.findNamed(page, "cell_0_0"), "verdictChip")
        return chip ? chip.children[0].text : ""
    }

    function checklistRules() {
        return testSession.rights.syncChecklist.map(step => step.rule)
    }

    // Issue 18: a track's facts are read when it is selected. Until they are in, the pane says
    // so instead of showing an empty checklist as "sync-ready" or no records as none recorded.
    function test_aTrackIsReadBeforeItsRightsAreShown() {
        const page = createTemporaryObject(pageComponent, testCase)
        tryVerify(() => testSession.rights.matrix.rowCount() > 10, 5000)
        const reading = Walk.findNamed(page, "rightsReading")
        const syncReady = Walk.findNamed(page, "syncReady")
        verify(reading && syncReady)
        // The page holds the last few tracks shown; from the end, one of the first ten is not.
        let row = testSession.rights.matrix.rowCount() - 1
        for (; row >= testSession.rights.matrix.rowCount() - 10; --row) {
            page.select(row, 2)
            if (!testSession.rights.currentReady)
                break
            tryVerify(() => !reading.visible)
        }
        verify(!testSession.rights.currentReady, "a track whose facts are not held yet")
        verify(reading.visible)
        verify(!syncReady.visible)
        compare(testSession.rights.current.title,
                testSession.rights.matrix.data(testSession.rights.matrix.index(row, 0), ReadinessMatrixModel.TitleRole))
        tryVerify(() => testSession.rights.currentReady, 5000)
        verify(!reading.visible)
        compare(testSession.rights.provenance.trackId, testSession.rights.currentTrackId)
    }

    function test_aProvenanceEditChangesTheVerdictAndUndoes() {
        const page = openPage()
        tryVerify(() => contentVerdict(page).length > 0, 5000)
        const before = contentVerdict(page)
        compare(testSession.rights.provenance.recorded, false)
        verify(checklistRules().indexOf("content.licence.missing") >= 0)

        Walk.findNamed(page, "rightsTabs").currentIndex = 1
        const origin = Walk.findNamed(page, "originField")
        verify(origin)
        tryVerify(() => origin.visible)
        origin.committed("human")
        tryVerify(() => testSession.rights.provenance.recorded === true, 5000)
        tryVerify(() => contentVerdict(page) !== before && contentVerdict(page).length > 0, 5000)
        verify(checklistRules().indexOf("content.licence.missing") < 0)

        testSession.history.undo()
        tryVerify(() => testSession.rights.provenance.recorded === false, 5000)
        tryVerify(() => contentVerdict(page) === before, 5000)
        verify(checklistRules().indexOf("content.licence.missing") >= 0)
    }

    function test_aNewClearanceItemIsListedAndNeededForSync() {
        const page = openPage()
        const tabs = Walk.findNamed(page, "rightsTabs")
        tabs.currentIndex = 2
        const add = Walk.findNamed(page, "addClearance")
        verify(add)
        tryVerify(() => add.visible && add.enabled)
        mouseClick(add)
        const dialog = page.clearanceDialog
        tryCompare(dialog, "opened", true)
        const counterparty = Walk.findNamed(dialog.contentItem, "clearanceCounterparty")
        verify(counterparty)
        counterparty.text = "Loop Co"
        compare(dialog.problem, "")
        dialog.accept()
        tryCompare(testSession.rights.clearances, "length", 1, 5000)
        compare(testSession.rights.clearances[0].counterparty, "Loop Co")
        verify(checklistRules().indexOf("sync.clearance.open") >= 0)
        // The Why tab says so in words.
        const open = testSession.rights.syncChecklist.find(step => step.rule === "sync.clearance.open")
        verify(open.message.indexOf("Loop Co") >= 0, open.message)

        testSession.history.undo()
        tryCompare(testSession.rights.clearances, "length", 0, 5000)
        verify(checklistRules().indexOf("sync.clearance.open") < 0)
    }

    function test_anUploadedInputWithoutPermissionBlocksStreaming() {
        const page = openPage()
        const track = testSession.rights.currentTrackId
        testSession.rights.setProvenanceField(track, "origin", "ai_generated")
        Walk.findNamed(page, "rightsTabs").currentIndex = 1
        const description = Walk.findNamed(page, "inputDescription")
        tryVerify(() => description && description.visible, 5000)
        description.text = "Jon's guitar riff"
        Walk.findNamed(page, "inputOwner").text = "Jon Reyes"
        mouseClick(Walk.findNamed(page, "addInput"))
        tryCompare(testSession.rights.inputs, "length", 1, 5000)
        tryVerify(() => Walk.findNamed(page, "inputEntry_" + testSession.rights.inputs[0].id) !== null, 5000)
        const streaming = testSession.rights.reasons(0, 1).map(reason => reason.rule)
        verify(streaming.indexOf("streaming.input.permission_unknown") >= 0, streaming.join(", "))
        // Said to be human-made afterwards: the input still blocks, so it stays in reach.
        testSession.rights.setProvenanceField(track, "origin", "human")
        tryVerify(() => testSession.rights.provenance.origin === "human", 5000)
        verify(Walk.findNamed(page, "inputEntryPermission").visible, "the blocker's control is shown")

        // The owner is corrected after the input was added, as one undoable change.
        const owner = Walk.findNamed(page, "inputEntryOwner")
        verify(owner && owner.visible && owner.enabled)
        compare(owner.value, "Jon Reyes")
        owner.editor.forceActiveFocus()
        owner.editor.text = "Jonas Reyes"
        keyClick(Qt.Key_Return)
        tryVerify(() => testSession.rights.inputs.length === 1 && testSession.rights.inputs[0].owner === "Jonas Reyes",
                  5000, "the owner was not saved")
        compare(testSession.history.undoText, qsTr("Undo Uploaded Input Change"))
        testSession.history.undo()
        tryVerify(() => testSession.rights.inputs[0].owner === "Jon Reyes", 5000)

        testSession.history.undo()
        testSession.history.undo()
        tryCompare(testSession.rights.inputs, "length", 0, 5000)
    }

    function test_theSplitsTabEditsTheSelectedTracksMasterOwnership() {
        const page = openPage()
        const trackId = testSession.rights.currentTrackId
        // The page shows, so its track becomes the session's and the credits part follows it.
        tryVerify(() => testSession.credits.trackId === trackId, 5000)
        Walk.findNamed(page, "rightsTabs").currentIndex = 4
        const editor = Walk.findNamed(page, "rightsMasterSplits")
        verify(editor)
        tryVerify(() => editor.visible && editor.enabled, 5000)
        editor.add()
        editor.change(0, "partyName", "Harbour Label")
        editor.change(0, "percent", "100")
        editor.save()
        tryVerify(() => testSession.credits.masterShares.length === 1, 5000)
        compare(testSession.credits.masterShares[0].partyName, "Harbour Label")
        // Readiness is judged again from the new splits without a manual reload.
        tryVerify(() => !testSession.rights.loading, 5000)
        testSession.history.undo()
        tryVerify(() => testSession.credits.masterShares.length === 0, 5000)
    }
}
