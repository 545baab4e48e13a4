// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import QtTest
import Imprint
import "ItemWalk.js" as Walk

TestCase {
    id: testCase
    name: "WorksPage"
    when: windowShown
    visible: true
    width: 1200
    height: 800

    Component {
        id: pageComponent
        WorksPage {
            width: testCase.width
            height: testCase.height
            session: testSession
        }
    }

    function newWork(page, title) {
        const field = Walk.findNamed(page, "newWorkField")
        verify(field)
        field.forceActiveFocus()
        field.text = title
        keyClick(Qt.Key_Return)
        tryVerify(() => testSession.credits.currentWork.title === title, 5000)
        compare(field.text, "")
    }

    function test_aNewWorkIsCreatedWithAValidIswcOnly() {
        const page = createTemporaryObject(pageComponent, testCase)
        newWork(page, "Tide Song")
        const iswc = Walk.findNamed(page, "iswcField")
        verify(iswc)
        iswc.editor.forceActiveFocus()
        iswc.editor.text = "T-034.524.680-2"
        verify(iswc.error.length > 0)
        keyClick(Qt.Key_Return)
        compare(testSession.credits.currentWork.iswc, "")
        iswc.editor.forceActiveFocus()
        iswc.editor.text = "t0345246801"
        compare(iswc.error, "")
        keyClick(Qt.Key_Return)
        compare(testSession.credits.currentWork.iswc, "T-034.524.680-1")
        testSession.history.undo()
        compare(testSession.credits.currentWork.iswc, "")
    }

    function test_writersShareExactly100Percent() {
        const page = createTemporaryObject(pageComponent, testCase)
        newWork(page, "Salt Lines")
        const editor = Walk.findNamed(page, "workShares")
        verify(editor)
        editor.add()
        editor.add()
        editor.change(0, "partyName", "Nova Lark")
        editor.change(0, "percent", "60")
        editor.change(1, "partyName", "Ilo Park")
        editor.change(1, "role", "Lyricist")
        editor.change(1, "percent", "30")
        verify(!editor.check.complete)
        verify(editor.check.total.indexOf("90") === 0, editor.check.total)
        verify(editor.check.problem.length > 0)
        editor.save()
        compare(testSession.credits.workShares.length, 0)
        editor.change(1, "percent", "40")
        verify(editor.check.complete, editor.check.problem)
        editor.save()
        tryVerify(() => testSession.credits.workShares.length === 2, 5000)
        compare(testSession.history.undoText.indexOf("Publishing") >= 0, true)
    }

    function test_deletingAWorkAsksAndUndoBringsItBack() {
        const page = createTemporaryObject(pageComponent, testCase)
        newWork(page, "Short Lived")
        const id = testSession.credits.currentWorkId
        const button = Walk.findNamed(page, "deleteWorkButton")
        verify(button && button.enabled)
        mouseClick(button)
        // A popup is in the page's content data, not among its visual children.
        let dialog = null
        for (let i = 0; i < page.contentData.length; ++i) {
            if (page.contentData[i].objectName === "confirmDeleteDialog")
                dialog = page.contentData[i]
        }
        verify(dialog)
        tryVerify(() => dialog.opened, 2000)
        verify(dialog.message.indexOf("Short Lived") >= 0, dialog.message)
        dialog.reject() // cancelled: nothing happens
        tryVerify(() => !dialog.visible, 2000)
        compare(testSession.credits.currentWorkId, id)
        page.askDelete()
        tryVerify(() => dialog.opened, 2000)
        dialog.accept()
        tryVerify(() => testSession.credits.works.rowOf(id) < 0, 5000)
        compare(testSession.history.undoText.indexOf("Delete Work") >= 0, true)
        testSession.history.undo()
        tryVerify(() => testSession.credits.currentWork.title === "Short Lived", 5000)
        compare(testSession.credits.currentWorkId, id)
    }

    function test_aRecordingIsFoundAndLinkedByTyping() {
        const page = createTemporaryObject(pageComponent, testCase)
        newWork(page, "Song Cycle")
        const search = Walk.findNamed(page, "linkRecordingSearch")
        verify(search)
        search.forceActiveFocus()
        search.text = "Song 29"
        tryVerify(() => testSession.credits.recordingCandidates.length === 1, 5000)
        keyClick(Qt.Key_Return)
        tryVerify(() => testSession.credits.workTracks.length === 1, 5000)
        verify(testSession.credits.workTracks[0].text.indexOf("Song 29") === 0)
        testSession.history.undo()
        tryVerify(() => testSession.credits.workTracks.length === 0, 5000)
    }
}
