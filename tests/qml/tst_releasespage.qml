// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import QtTest
import Imprint
import "ItemWalk.js" as Walk

TestCase {
    id: testCase
    name: "ReleasesPage"
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

    Component {
        id: requestSpy
        SignalSpy {
            signalName: "newReleaseRequested"
        }
    }

    SignalSpy {
        id: folderRequests
        signalName: "libraryFolderRequested"
    }
    SignalSpy {
        id: reloadedSpy
        target: testSession
        signalName: "reloaded"
    }

    SignalSpy {
        id: createdSpy
        target: testSession.releases
        signalName: "releaseCreated"
    }

    function init() {
        testSession.releases.currentReleaseId = testSession.releases.model.idAt(0)
        while (testSession.history.canUndo)
            testSession.history.undo()
    }

    function test_anInvalidUpcIsExplainedAndNotSaved() {
        const page = createTemporaryObject(pageComponent, testCase)
        const upc = Walk.findNamed(page, "upcField")
        verify(upc)
        upc.editor.forceActiveFocus()
        upc.editor.text = "4006381333932"
        verify(upc.error.indexOf("check digit") >= 0, upc.error)
        keyClick(Qt.Key_Return)
        compare(testSession.releases.current.upc, "")
        verify(!testSession.history.canUndo)
    }

    function test_aValidUpcIsNormalisedAndUndoable() {
        const page = createTemporaryObject(pageComponent, testCase)
        const upc = Walk.findNamed(page, "upcField")
        upc.editor.forceActiveFocus()
        upc.editor.text = "4006-3813-3393-1"
        compare(upc.error, "")
        keyClick(Qt.Key_Return)
        compare(testSession.releases.current.upc, "4006381333931")
        compare(upc.editor.text, "4006381333931")
        testSession.history.undo()
        compare(testSession.releases.current.upc, "")
    }

    // Issue 13: a bad date is explained under its field, in the form expected, and not saved
    // (no notification far away); a good one clears the message and is saved.
    function test_theDateMustBeADate() {
        const page = createTemporaryObject(pageComponent, testCase)
        const date = Walk.findNamed(page, "releaseDateField")
        const message = Walk.findNamed(page, "releaseDateFieldProblem")
        verify(message)
        verify(!message.visible)
        date.editor.forceActiveFocus()
        date.editor.text = "2027-02-30"
        verify(message.visible)
        verify(message.text.indexOf("2027-02-30") >= 0 && message.text.indexOf("YYYY-MM-DD") >= 0, message.text)
        // Under the field, where it starts (once the layout has made room for it).
        tryVerify(() => message.mapToItem(page, 0, 0).y >= date.editor.mapToItem(page, 0, 0).y + date.editor.height,
                  2000, "the message is not under the field")
        fuzzyCompare(message.mapToItem(page, 0, 0).x, date.editor.mapToItem(page, 0, 0).x, 1)
        keyClick(Qt.Key_Return)
        compare(testSession.releases.current.releaseDate, "")
        // The typed text stays for the user to correct, with its message.
        compare(date.editor.text, "2027-02-30")
        verify(message.visible)
        verify(!testSession.history.canUndo)

        date.editor.text = "2027-03-05"
        verify(!message.visible)
        compare(message.text, "")
        keyClick(Qt.Key_Return)
        compare(testSession.releases.current.releaseDate, "2027-03-05")
        verify(!message.visible)
    }

    // The hint under the date wraps (two lines, three in German): the dialog is as tall as
    // its form, so the buttons stay under the hint instead of covering it.
    function test_theButtonsDoNotCoverTheHint() {
        const dialog = createTemporaryObject(newReleaseComponent, testCase)
        dialog.ask("", "Nova Lark")
        tryCompare(dialog, "opened", true)
        const hint = Walk.findNamed(dialog.contentItem, "newReleaseDateHint")
        for (const date of ["", "2027-04-02"]) {
            Walk.findNamed(dialog.contentItem, "newReleaseDate").text = date
            waitForRendering(dialog.contentItem)
            verify(hint.lineCount >= 2, "the hint was meant to wrap: " + hint.lineCount)
            const hintBottom = hint.mapToItem(null, 0, hint.height).y
            const buttonsTop = dialog.footer.mapToItem(null, 0, 0).y
            verify(hintBottom <= buttonsTop, "the buttons (" + buttonsTop + ") cover the hint (" + hintBottom + ")")
        }
    }

    function test_escapeGivesUpABadDate() {
        const page = createTemporaryObject(pageComponent, testCase)
        const date = Walk.findNamed(page, "releaseDateField")
        const before = date.value
        date.editor.forceActiveFocus()
        date.editor.text = "next friday"
        verify(Walk.findNamed(page, "releaseDateFieldProblem").visible)
        keyClick(Qt.Key_Escape)
        compare(date.editor.text, before)
        verify(!Walk.findNamed(page, "releaseDateFieldProblem").visible)
    }

    function test_dragATrackByItsHandleReordersAndUndoes() {
        const page = createTemporaryObject(pageComponent, testCase)
        tryVerify(() => testSession.releases.currentTracks.length >= 3)
        waitForRendering(page) // laid out for its width, as a person first sees it
        const first = testSession.releases.currentTracks[0].trackId
        const second = testSession.releases.currentTracks[1].trackId
        const handle = Walk.findNamed(page, "dragHandle")
        verify(handle)
        // Two rows down: it takes the third track's slot. The row moves with the mouse, so the
        // positions are given in the page's coordinates, as a real pointer's would be.
        const at = handle.mapToItem(page, handle.width / 2, handle.height / 2)
        mousePress(page, at.x, at.y)
        mouseMove(page, at.x, at.y + 10)
        mouseMove(page, at.x, at.y + 62)
        mouseRelease(page, at.x, at.y + 62)
        tryVerify(() => testSession.releases.currentTracks[2].trackId === first, 5000,
                  "the dragged track did not land in the third slot")
        compare(testSession.releases.currentTracks[0].trackId, second)
        verify(testSession.history.canUndo)
        testSession.history.undo()
        tryVerify(() => testSession.releases.currentTracks[0].trackId === first, 5000, "undo did not restore the order")
    }

    function test_newReleaseButtonAsksForTheDialog() {
        const page = createTemporaryObject(pageComponent, testCase)
        const spy = createTemporaryObject(requestSpy, testCase, { target: page })
        const button = Walk.findNamed(page, "newReleaseButton")
        verify(button && button.visible)
        mouseClick(button)
        compare(spy.count, 1)
    }

    function test_aNewReleaseIsCreatedFromTheDialogAndUndone() {
        const releasesBefore = testSession.releases.model.count
        const dialog = createTemporaryObject(newReleaseComponent, testCase)
        dialog.ask("2027-04-02", "Nova Lark")
        tryCompare(dialog, "opened", true)
        const title = Walk.findNamed(dialog.contentItem, "newReleaseTitle")
        const date = Walk.findNamed(dialog.contentItem, "newReleaseDate")
        const titleProblem = Walk.findNamed(dialog.contentItem, "newReleaseTitleProblem")
        const dateProblem = Walk.findNamed(dialog.contentItem, "newReleaseDateProblem")
        verify(title.activeFocus)
        // What is missing or wrong is said at once, under the field it is about.
        verify(titleProblem.visible)
        verify(titleProblem.text.indexOf("needs a title") >= 0, titleProblem.text)
        verify(!dateProblem.visible)
        keyClick(Qt.Key_H)
        title.text = "Harbour Nights"
        compare(dialog.problem, "")
        verify(!titleProblem.visible)
        date.text = "2027-04-31"
        verify(dateProblem.visible)
        verify(dateProblem.text.indexOf("YYYY-MM-DD") >= 0, dateProblem.text)
        tryVerify(() => dateProblem.mapToItem(dialog.contentItem, 0, 0).y
                        >= date.mapToItem(dialog.contentItem, 0, 0).y + date.height, 2000, "not under the date")
        verify(!titleProblem.visible)
        verify(!Walk.findNamed(dialog.footer, "createReleaseButton").enabled)
        date.text = "2027-04-02"
        compare(dialog.problem, "")
        verify(!dateProblem.visible)
        title.forceActiveFocus()
        createdSpy.clear()
        keyClick(Qt.Key_Return)
        createdSpy.wait(5000)
        tryCompare(dialog, "visible", false)
        tryCompare(testSession.releases.model, "count", releasesBefore + 1)
        // current is a copy of the map: ask for it again on every try.
        tryVerify(() => testSession.releases.current.title === "Harbour Nights", 5000, "not the current release")
        compare(testSession.releases.current.releaseDate, "2027-04-02")
        tryVerify(() => testSession.planning.current.title === "Harbour Nights"
                  && testSession.planning.current.milestones.length >= 8, 5000, "the plan is not shown")
        compare(testSession.history.undoText, "Undo New Release")
        reloadedSpy.clear()
        testSession.history.undo()
        tryCompare(testSession.releases.model, "count", releasesBefore)
        tryVerify(() => reloadedSpy.count > 0, 5000) // the catalog as it was, before the next test edits it
    }

    function test_aDuplicateIsRefusedInTheDialogWithNothingLost() {
        const dialog = createTemporaryObject(newReleaseComponent, testCase)
        const existing = testSession.releases.current
        dialog.ask("", existing.artist)
        tryCompare(dialog, "opened", true)
        Walk.findNamed(dialog.contentItem, "newReleaseTitle").text = existing.title
        mouseClick(Walk.findNamed(dialog.footer, "createReleaseButton"))
        tryVerify(() => dialog.failure.indexOf("already in the catalog") >= 0, 5000)
        verify(dialog.visible)
        compare(Walk.findNamed(dialog.contentItem, "newReleaseTitle").text, existing.title)
        verify(Walk.findNamed(dialog.contentItem, "newReleaseProblem").visible)
        verify(!testSession.history.canUndo)
    }

    function findAll(item, name, found) {
        if (!item)
            return found
        if (item.objectName === name)
            found.push(item)
        const children = item.children.concat(item.contentItem && item.contentItem !== item ? [item.contentItem] : [])
        for (let i = 0; i < children.length; ++i)
            findAll(children[i], name, found)
        return found
    }

    function test_planATrackWithNoAudioYet() {
        const page = createTemporaryObject(pageComponent, testCase)
        tryVerify(() => testSession.releases.currentTracks.length >= 1)
        const before = testSession.releases.currentTracks.length
        waitForRendering(page)
        const button = Walk.findNamed(page, "planTrackButton")
        verify(button)
        mouseClick(button)
        const title = Walk.findNamed(testCase.Window.window.contentItem, "planTitleField")
        verify(title, "the plan popup has a title field")
        const artist = Walk.findNamed(testCase.Window.window.contentItem, "planArtistField")
        compare(artist.text, testSession.releases.current.artist) // the release's artist by default
        tryVerify(() => title.activeFocus)
        keyClick("N")
        title.text = "Night Ferry"
        keyClick(Qt.Key_Return)
        tryVerify(() => testSession.releases.currentTracks.length === before + 1, 5000, "the planned track is not listed")
        const planned = testSession.releases.currentTracks[before]
        compare(planned.title, "Night Ferry")
        compare(planned.hasAudio, false)
        // Marked in the running order, with a way to give it its audio.
        tryVerify(() => findAll(page, "noAudioLabel", []).some(label => label.visible))
        verify(findAll(page, "chooseAudioButton", []).some(chooser => chooser.visible))
        verify(testSession.history.canUndo)
        testSession.history.undo()
        tryVerify(() => testSession.releases.currentTracks.length === before, 5000, "undo did not remove the planned track")
        verify(!findAll(page, "noAudioLabel", []).some(label => label.visible))
    }

    function test_artworkDroppedOrChosenIsCheckedAndUndoable() {
        const page = createTemporaryObject(pageComponent, testCase)
        const preview = Walk.findNamed(page, "artworkPreview")
        const button = Walk.findNamed(page, "setArtworkButton")
        verify(preview && button)
        compare(button.text, "Set Artwork…")
        // What the drop area and the file dialog both do.
        preview.imageChosen(testImages.grey)
        const message = Walk.findNamed(page, "artworkMessage")
        tryVerify(() => message.visible && message.text.indexOf("grey cover.png") >= 0, 10000, "no refusal shown")
        verify(message.text.indexOf("greyscale") >= 0, message.text)
        compare(String(testSession.releases.current.artworkUrl ?? ""), "")
        verify(!Walk.findNamed(page, "artworkLibraryFolderButton").visible, "a bad image is not a folder problem")

        preview.imageChosen(testImages.small)
        if (/^postgresql:/.test(testSession.catalogPath)) {
            // A team catalog keeps its files in a folder each computer names; this one has
            // none yet, so the cover is refused with where to name it (the file catalog's run
            // goes on to set it).
            tryVerify(() => message.text.indexOf("File › Library Folder…") >= 0, 10000, message.text)
            compare(String(testSession.releases.current.artworkUrl ?? ""), "")
            const choose = Walk.findNamed(page, "artworkLibraryFolderButton")
            verify(choose && choose.visible, "no way to name the folder from here")
            folderRequests.target = page
            mouseClick(choose)
            compare(folderRequests.count, 1)
            return
        }
        tryVerify(() => String(testSession.releases.current.artworkUrl ?? "").indexOf("cover.jpg") >= 0, 10000,
                  "the cover was not set")
        verify(testSession.releases.current.artworkWarning.indexOf("3000") >= 0)
        compare(button.text, "Replace Artwork…")
        testSession.history.undo()
        tryVerify(() => String(testSession.releases.current.artworkUrl ?? "") === "", 5000, "undo kept the cover")
    }
}
