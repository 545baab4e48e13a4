// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import QtTest
import Imprint

// Dragging a release chip on the month grid: the consequences show before the drop, the drop
// reschedules, undo puts the date back.
TestCase {
    id: testCase
    name: "CalendarPage"
    when: windowShown
    visible: true
    width: 1400
    height: 900

    Component {
        id: pageComponent
        CalendarPage {
            width: testCase.width
            height: testCase.height
            session: testSession
        }
    }

    Component {
        id: requestSpy
        SignalSpy {
            signalName: "newReleaseRequested"
        }
    }

    function findAll(item, predicate, found) {
        if (!item)
            return found
        if (predicate(item) && found.indexOf(item) < 0) // a content item is often a child too
            found.push(item)
        // data holds non-visual children too (dialogs); a popup's items hang off its contentItem
        // and footer
        const children = (item.data || item.children || []).concat(
            item.contentItem && item.contentItem !== item ? [item.contentItem] : [],
            item.footer ? [item.footer] : [])
        for (let i = 0; i < children.length; ++i)
            findAll(children[i], predicate, found)
        return found
    }
    function findOne(item, predicate) {
        const found = findAll(item, predicate, [])
        return found.length > 0 ? found[0] : null
    }

    function init() {
        while (testSession.history.canUndo)
            testSession.history.undo()
    }

    function test_dragAReleaseToAnotherDay() {
        const planning = testSession.planning
        const releaseId = testSession.releases.model.idAt(0)
        verify(releaseId !== 0)
        verify(planning.moveRelease(releaseId, planning.today)) // on the grid of this month
        planning.currentReleaseId = releaseId
        const title = planning.current.title

        const page = createTemporaryObject(pageComponent, testCase)
        verify(page)
        const cells = findAll(page, item => item.isoDate !== undefined && item.items !== undefined, [])
        compare(cells.length, 42)
        const todayIndex = cells.findIndex(cell => cell.isoDate === planning.today)
        verify(todayIndex >= 0)
        const target = cells[todayIndex >= 7 ? todayIndex - 7 : todayIndex + 7]
        const targetIso = target.isoDate
        let chip = null
        tryVerify(() => {
            chip = findOne(cells[todayIndex], item => item.isRelease === true && item.item.releaseId === releaseId)
            return chip !== null
        })
        waitForRendering(page)

        const from = Qt.point(chip.width / 2, chip.height / 2)
        const to = target.mapToItem(chip, target.width / 2, target.height / 2)
        mousePress(chip, from.x, from.y)
        for (let step = 1; step <= 12; ++step)
            mouseMove(chip, from.x + (to.x - from.x) * step / 12, from.y + (to.y - from.y) * step / 12)
        const preview = findOne(page, item => item.objectName === "movePreview")
        const previewText = findOne(page, item => item.objectName === "movePreviewText")
        tryVerify(() => preview.visible, 2000, "the preview does not show while dragging")
        verify(previewText.text.indexOf(title) >= 0, previewText.text)
        verify(previewText.text.indexOf(targetIso) >= 0, previewText.text)
        compare(planning.current.releaseDate, planning.today) // nothing moved yet

        mouseRelease(chip, to.x, to.y)
        tryVerify(() => planning.current.releaseDate === targetIso, 3000, "the drop did not reschedule")
        verify(!preview.visible)
        compare(testSession.history.undoText, qsTr("Undo Reschedule Release"))

        testSession.history.undo()
        tryVerify(() => planning.current.releaseDate === planning.today, 3000, "undo did not move it back")
    }

    // A release made without a date waits above the grid (as New Release says) until it is
    // dragged onto a day, which plans it with its template's milestones.
    function test_anUndatedReleaseIsDraggedOntoADay() {
        const planning = testSession.planning
        verify(planning.unscheduled.length > 0, "the test catalog has a release without a date")
        const releaseId = planning.unscheduled[0].releaseId
        planning.currentReleaseId = releaseId
        compare(planning.current.releaseDate ?? "", "")

        const page = createTemporaryObject(pageComponent, testCase)
        const strip = findOne(page, item => item.objectName === "unscheduledReleases")
        verify(strip && strip.visible)
        let chip = null
        tryVerify(() => {
            chip = findOne(strip, item => item.objectName === "unscheduledRelease" && item.item.releaseId === releaseId)
            return chip !== null && chip.width > 0
        })
        const cells = findAll(page, item => item.isoDate !== undefined && item.items !== undefined, [])
        const target = cells.find(cell => cell.isoDate === planning.today)
        verify(target)
        waitForRendering(page)

        const from = Qt.point(chip.width / 2, chip.height / 2)
        const to = target.mapToItem(chip, target.width / 2, target.height / 2)
        mousePress(chip, from.x, from.y)
        for (let step = 1; step <= 12; ++step)
            mouseMove(chip, from.x + (to.x - from.x) * step / 12, from.y + (to.y - from.y) * step / 12)
        const preview = findOne(page, item => item.objectName === "movePreview")
        tryVerify(() => preview.visible, 2000, "the preview does not show while dragging")
        mouseRelease(chip, to.x, to.y)
        tryVerify(() => planning.current.releaseDate === planning.today, 3000, "the drop did not plan it")
        verify(!planning.unscheduled.some(release => release.releaseId === releaseId))
        compare(testSession.history.undoText, qsTr("Undo Schedule Release"))

        testSession.history.undo()
        tryVerify(() => planning.unscheduled.some(release => release.releaseId === releaseId), 3000,
                  "undo did not take the date away")
    }

    // Without a mouse: Tab to the calendar button beside the release, Space, Enter on the day.
    function test_anUndatedReleaseIsPlannedFromTheKeyboard() {
        const planning = testSession.planning
        verify(planning.unscheduled.length > 0, "the test catalog has a release without a date")
        const releaseId = planning.unscheduled[0].releaseId
        const title = planning.unscheduled[0].title
        const page = createTemporaryObject(pageComponent, testCase)
        let button = null
        tryVerify(() => {
            button = findOne(page, item => item.objectName === "planUndatedButton" && item.dateName === title)
            return button !== null && button.visible
        })
        verify(button.activeFocusOnTab, "the button is reached with Tab")
        // It opens on the focused day, also once Page Down shows the next month under the same row.
        const view = findOne(page, item => item.focusedIsoDate !== undefined)
        compare(button.isoDate, view.currentIsoDate())
        const thisMonth = button.isoDate
        view.forceActiveFocus()
        keyClick(Qt.Key_PageDown)
        tryVerify(() => button.isoDate !== thisMonth, 2000, "the button kept the month before")
        compare(button.isoDate, view.currentIsoDate())
        keyClick(Qt.Key_PageUp)
        tryCompare(button, "isoDate", thisMonth)
        button.forceActiveFocus()
        keyClick(Qt.Key_Space)
        tryVerify(() => button.picker.opened, 2000, "Space opens the month")
        keyClick(Qt.Key_Return)
        tryVerify(() => !planning.unscheduled.some(release => release.releaseId === releaseId), 3000,
                  "Enter did not plan it")
        planning.currentReleaseId = releaseId
        compare(planning.current.releaseDate, planning.today)
        compare(testSession.history.undoText, qsTr("Undo Schedule Release"))
        testSession.history.undo()
        tryVerify(() => planning.unscheduled.some(release => release.releaseId === releaseId), 3000)
    }

    function test_deletingAReleaseAsksFirstAndUndoBringsItBack() {
        const planning = testSession.planning
        const releaseId = testSession.releases.model.idAt(1)
        verify(planning.moveRelease(releaseId, planning.today))
        verify(planning.addTask(releaseId, "Lyric video", planning.today))
        planning.currentReleaseId = releaseId
        const title = planning.current.title
        const milestoneCount = planning.current.milestones.length
        const releaseCount = testSession.releases.model.count

        const page = createTemporaryObject(pageComponent, testCase)
        const button = findOne(page, item => item.objectName === "deleteReleaseButton")
        verify(button && button.visible)
        mouseClick(button)
        const dialog = findOne(page, item => item.objectName === "deleteReleaseDialog")
        verify(dialog)
        tryVerify(() => dialog.opened, 2000, "the question is not asked")
        const question = findOne(dialog, item => item.text !== undefined && String(item.text).indexOf(title) >= 0)
        verify(question, "the dialog does not name the release")
        verify(question.text.indexOf((milestoneCount - 1) + " milestone") >= 0, question.text)
        verify(question.text.indexOf("1 task") >= 0, question.text)
        compare(testSession.releases.model.count, releaseCount) // nothing happens before the answer

        const confirm = findOne(dialog, item => item.objectName === "confirmDelete")
        verify(confirm)
        mouseClick(confirm)
        tryVerify(() => testSession.releases.model.count === releaseCount - 1, 3000, "the release is still there")
        verify(planning.current.releaseId !== releaseId)
        compare(testSession.history.undoText, qsTr("Undo Delete Release"))

        testSession.history.undo()
        tryVerify(() => testSession.releases.model.count === releaseCount, 3000, "undo did not bring it back")
        planning.currentReleaseId = releaseId
        tryVerify(() => planning.current.title === title && planning.current.milestones.length === milestoneCount,
                  3000, "the plan did not come back whole")
        verify(planning.current.milestones.some(m => m.name === "Lyric video"))
    }

    function test_aCrowdedDayShowsHowManyMoreAndListsThemAll() {
        const planning = testSession.planning
        for (let i = 0; i < testSession.releases.model.count; ++i)
            verify(planning.moveRelease(testSession.releases.model.idAt(i), planning.today))
        const page = createTemporaryObject(pageComponent, testCase, { height: 480 })
        const cells = findAll(page, item => item.isoDate !== undefined && item.items !== undefined, [])
        const today = cells.find(cell => cell.isoDate === planning.today)
        tryVerify(() => today.items.length >= testSession.releases.model.count, 3000, "every release that day")
        waitForRendering(page)
        verify(today.hiddenCount > 0, "a cell " + today.height + " px high shows " + today.shownCount)
        const chips = findAll(today, item => item.isRelease !== undefined && item.visible, [])
        compare(chips.length, today.shownCount)
        const more = findOne(today, item => item.objectName === "moreItems")
        verify(more.visible)
        compare(more.text, "+" + today.hiddenCount + " more")
        mouseClick(more)
        const popup = findOne(today, item => item.objectName === "allItemsPopup")
        tryVerify(() => popup.opened, 2000, "the day's items do not open")
        compare(findAll(popup.contentItem, item => item.isRelease !== undefined, []).length, today.items.length)
        popup.close()
    }

    function test_aNewReleaseIsPlannedFromADay() {
        const page = createTemporaryObject(pageComponent, testCase)
        const spy = createTemporaryObject(requestSpy, testCase, { target: page })
        const cells = findAll(page, item => item.isoDate !== undefined && item.items !== undefined, [])
        const day = cells[20]
        waitForRendering(page)
        // The day's context menu.
        mouseClick(day, day.width / 2, day.height - 4, Qt.RightButton)
        const menu = findOne(day, item => item.objectName === "dayMenu")
        tryVerify(() => menu.opened, 2000, "the day's menu does not open")
        const item = menu.itemAt(0)
        compare(item.objectName, "newReleaseOnDay")
        mouseClick(item)
        compare(spy.count, 1)
        compare(spy.signalArguments[0][0], day.isoDate)
        // The toolbar button and N take the focused day.
        const button = findOne(page, item => item.objectName === "calendarNewReleaseButton")
        mouseClick(button)
        compare(spy.count, 2)
        compare(spy.signalArguments[1][0], day.isoDate)
        mouseClick(day, day.width / 2, day.height - 4)
        keyClick(Qt.Key_Right)
        keyClick(Qt.Key_N)
        compare(spy.count, 3)
        compare(spy.signalArguments[2][0], cells[21].isoDate)
    }

    function test_aMilestoneIsEditedInItsDialog() {
        const planning = testSession.planning
        const releaseId = testSession.releases.model.idAt(2)
        verify(planning.moveRelease(releaseId, "2027-05-28"))
        planning.currentReleaseId = releaseId
        const page = createTemporaryObject(pageComponent, testCase)
        // The plan's rows get their ids when the write behind the first scheduling is read back.
        tryVerify(() => planning.current.milestones.length >= 8 && planning.current.milestones[0].id > 0, 3000)
        const first = planning.current.milestones[0]
        let edit = null
        tryVerify(() => {
            edit = findOne(page, item => item.objectName === "editMilestone" && item.visible)
            return edit !== null
        }, 3000, "no Edit button: " + findAll(page, item => item.objectName === "editMilestone", []).length)
        mouseClick(edit)
        const dialog = findOne(page, item => item.objectName === "milestoneDialog")
        tryVerify(() => dialog.opened, 2000, "the milestone dialog does not open")
        compare(dialog.title, first.name)
        const date = findOne(dialog, item => item.objectName === "milestoneDate")
        const notes = findOne(dialog, item => item.objectName === "milestoneNotes")
        const save = findOne(dialog, item => item.objectName === "saveMilestoneButton")
        verify(!findOne(dialog, item => item.objectName === "deleteTaskButton").visible, "template milestones stay")
        date.text = "2027-02-31"
        verify(!save.enabled)
        date.text = "2027-04-16"
        notes.text = "Mastered by Ana"
        verify(save.enabled)
        mouseClick(save)
        tryVerify(() => !dialog.visible, 2000, "still open: " + dialog.problem + " " + JSON.stringify(dialog.milestone))
        const edited = planning.current.milestones.find(m => m.id === first.id)
        compare(edited.dueDate, "2027-04-16")
        compare(edited.notes, "Mastered by Ana")
        verify(!edited.derived)
        compare(testSession.history.undoText, qsTr("Undo Edit Milestone"))
        testSession.history.undo()
        compare(planning.current.milestones.find(m => m.id === first.id).dueDate, first.dueDate)
    }
}
