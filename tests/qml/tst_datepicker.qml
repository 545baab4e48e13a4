// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import QtTest
import Imprint
import "ItemWalk.js" as Walk

// The calendar beside a date field (issue 13): a day picked by keyboard or mouse fills the field
// as if typed, in New Release (DateField) and in the release editor (EditableField).
TestCase {
    id: testCase
    name: "DatePicker"
    when: windowShown
    visible: true
    width: 1200
    height: 800

    Component {
        id: pageComponent
        ReleasesPage {
            width: testCase.width
            height: testCase.height
            session: testSession
        }
    }

    Component {
        id: newReleaseComponent
        NewReleaseDialog {
            releases: testSession.releases
        }
    }

    function init() {
        testSession.releases.currentReleaseId = testSession.releases.model.idAt(0)
        while (testSession.history.canUndo)
            testSession.history.undo()
    }

    // Issue 13: a date can be picked from a month in the user's locale, by mouse or keyboard;
    // the picked day fills the field as if typed.
    function test_aReleaseDateIsPickedFromACalendar() {
        const dialog = createTemporaryObject(newReleaseComponent, testCase)
        dialog.ask("2027-04-02", "Nova Lark")
        tryCompare(dialog, "opened", true)
        Walk.findNamed(dialog.contentItem, "newReleaseTitle").text = "Picked Day"
        const date = Walk.findNamed(dialog.contentItem, "newReleaseDate")
        const pick = Walk.findNamed(dialog.contentItem, "newReleaseDatePick")
        verify(pick.Accessible.name.indexOf("Release date") >= 0, pick.Accessible.name)
        const picker = pick.picker
        mouseClick(pick)
        tryCompare(picker, "opened", true)
        // It opens on the field's day, with the keyboard in the month.
        compare(picker.year, 2027)
        compare(picker.month, 3)
        compare(picker.day, 2)
        const grid = Walk.findNamed(picker.contentItem, "datePickerGrid")
        tryVerify(() => grid.activeFocus, 2000, "the month does not have the keyboard")
        keyClick(Qt.Key_Right)
        keyClick(Qt.Key_Down)
        keyClick(Qt.Key_PageDown)
        compare(picker.month, 4)
        compare(picker.day, 10)
        // A screen reader hears the day the keys are on.
        compare(grid.Accessible.description, Qt.locale().toString(new Date(2027, 4, 10),
                                                                  Qt.locale().dateFormat(Locale.LongFormat)))
        verify(grid.Accessible.description.indexOf("2027") >= 0, grid.Accessible.description)
        keyClick(Qt.Key_Return)
        tryCompare(picker, "visible", false)
        compare(date.text, "2027-05-10")
        compare(dialog.problem, "")
        // A click on a day picks it; Alt+Down in the field opens the month too.
        date.input.forceActiveFocus()
        keyClick(Qt.Key_Down, Qt.AltModifier)
        tryCompare(picker, "opened", true)
        compare(picker.month, 4)
        const cells = grid.contentItem.children.filter(cell => cell.day === 21 && cell.month === 4)
        compare(cells.length, 1)
        mouseClick(cells[0])
        tryCompare(picker, "visible", false)
        compare(date.text, "2027-05-21")
        // From an empty field, the month is today's.
        date.text = ""
        mouseClick(pick)
        tryCompare(picker, "opened", true)
        compare(picker.year, new Date().getFullYear())
        compare(picker.month, new Date().getMonth())
        keyClick(Qt.Key_Escape)
        tryCompare(picker, "visible", false)
        compare(date.text, "")
    }

    function test_thePickedDateMovesTheReleaseAndIsUndoable() {
        const page = createTemporaryObject(pageComponent, testCase)
        const date = Walk.findNamed(page, "releaseDateField")
        const before = testSession.releases.current.releaseDate
        const pick = Walk.findNamed(page, "releaseDateFieldPick")
        verify(pick)
        date.editor.text = before // the month opens on the release's date (or today without one)
        mouseClick(pick)
        tryCompare(pick.picker, "opened", true)
        keyClick(Qt.Key_PageDown)
        const expected = pick.picker.isoOf(pick.picker.year, pick.picker.month, pick.picker.day)
        keyClick(Qt.Key_Return)
        tryCompare(pick.picker, "opened", false)
        tryVerify(() => testSession.releases.current.releaseDate === expected, 5000, "the release did not move")
        compare(date.editor.text, expected)
        verify(testSession.history.canUndo)
        testSession.history.undo()
        tryVerify(() => testSession.releases.current.releaseDate === before, 5000, "undo did not bring the date back")
    }
}
