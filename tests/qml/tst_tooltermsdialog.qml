// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import QtQuick.Controls
import QtTest
import Imprint
import Imprint.Models
import "ItemWalk.js" as Walk

// The AI tools' terms table from the Rights page: a new row is checked as typed, added, listed,
// and undo takes it out again.
TestCase {
    id: testCase
    name: "ToolTermsDialog"
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

    function openDialog() {
        const page = createTemporaryObject(pageComponent, testCase)
        tryVerify(() => testSession.rights.terms.rowCount() > 0, 5000)
        const button = Walk.findNamed(page, "toolTermsButton")
        verify(button)
        mouseClick(button)
        const dialog = page.termsDialog
        tryCompare(dialog, "opened", true)
        return dialog
    }

    function field(dialog, name) {
        const item = Walk.findNamed(dialog.contentItem, name)
        verify(item, name)
        return item
    }

    function test_aRowIsAddedListedAndUndone() {
        const dialog = openDialog()
        const rows = testSession.rights.terms.rowCount()
        tryVerify(() => Walk.findNamed(dialog.contentItem, "termsRow_Suno_Pro") !== null, 5000)
        const problem = field(dialog, "termsProblem")
        const save = field(dialog, "termsSave")
        verify(!save.enabled)
        verify(problem.text.length > 0)

        field(dialog, "termsTool").text = "Sonauto"
        field(dialog, "termsPlan").text = "Pro"
        field(dialog, "termsValidFrom").text = "2024-13-01"
        verify(problem.text.indexOf("2024-13-01") >= 0, problem.text)
        verify(!save.enabled)
        field(dialog, "termsValidFrom").text = "2024-01-01"
        compare(problem.text, "")
        verify(save.enabled)
        mouseClick(save)
        tryVerify(() => testSession.rights.terms.rowCount() === rows + 1, 5000)
        tryVerify(() => Walk.findNamed(dialog.contentItem, "termsRow_Sonauto_Pro") !== null, 5000)

        // The same tool, plan and start date again is refused, with the reason.
        field(dialog, "termsTool").text = "sonauto"
        field(dialog, "termsPlan").text = "Pro"
        field(dialog, "termsValidFrom").text = "2024-01-01"
        verify(problem.text.indexOf("already has terms") >= 0, problem.text)
        verify(!save.enabled)

        testSession.history.undo()
        tryVerify(() => testSession.rights.terms.rowCount() === rows, 5000)
        tryVerify(() => Walk.findNamed(dialog.contentItem, "termsRow_Sonauto_Pro") === null, 5000)
        dialog.close()
    }

    function test_deletedTermsReJudgeTheTrackUntilUndone() {
        const dialog = openDialog()
        const track = testSession.rights.matrix.data(testSession.rights.matrix.index(0, 0), ReadinessMatrixModel.TrackIdRole)
        testSession.rights.currentTrackId = track
        testSession.rights.setProvenanceField(track, "origin", "ai_generated")
        testSession.rights.setProvenanceField(track, "tool", "Suno")
        testSession.rights.setProvenanceField(track, "plan", "Pro")
        testSession.rights.setProvenanceField(track, "generatedOn", "2025-06-01")
        tryVerify(() => testSession.rights.provenance.terms !== undefined, 5000)
        let row = -1
        for (let r = 0; r < testSession.rights.terms.rowCount(); ++r) {
            const terms = testSession.rights.terms.get(r)
            if (terms.tool === "Suno" && terms.plan === "Pro")
                row = r
        }
        verify(row >= 0)
        compare(testSession.rights.terms.get(row).usedBy, 1)
        const delegate = Walk.findNamed(dialog.contentItem, "termsRow_Suno_Pro")
        verify(delegate)
        mouseClick(delegate)
        compare(dialog.currentRow, row)
        compare(field(dialog, "termsTool").text, "Suno")
        const unknownTerms = () => testSession.rights.reasons(testSession.rights.rowOfTrack(track), 0)
            .some(reason => reason.rule === "content.terms.unknown")
        verify(!unknownTerms())
        mouseClick(field(dialog, "termsDelete"))
        tryVerify(() => testSession.rights.provenance.terms === undefined, 5000)
        verify(unknownTerms())
        testSession.history.undo()
        tryVerify(() => testSession.rights.provenance.terms !== undefined, 5000)
        dialog.close()
    }
}
