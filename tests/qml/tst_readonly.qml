// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import QtTest
import Imprint
import Imprint.Models
import Imprint.App

// A viewer of a team catalog (issue 16, item 4): the window's commands that change the catalog
// are off, and the banner that says why shows only then. (The session's readOnly itself is
// tested against a real server in tst_teamroles.)
TestCase {
    id: testCase
    name: "ReadOnly"
    width: 1280
    height: 800
    visible: true
    when: windowShown

    MainActions {
        id: actions
        canUndo: true
        canRedo: true
    }
    ReadOnlyBanner {
        id: banner
        session: testSession
    }

    function test_commandsThatChangeTheCatalogAreOffForAViewer() {
        const changing = [actions.importFolderAction, actions.newReleaseAction, actions.undoAction,
                          actions.redoAction]
        actions.readOnly = false
        for (const action of changing)
            verify(action.enabled, action.objectName)
        actions.readOnly = true
        for (const action of changing)
            verify(!action.enabled, action.objectName + " is on for a viewer")
        // Reading stays possible.
        for (const action of [actions.openCatalogAction, actions.backUpAction, actions.quitAction])
            verify(action.enabled, action.objectName)
        actions.readOnly = false
    }

    function test_theBannerShowsForAViewerOnly() {
        compare(testSession.readOnly, false) // the test catalog's user owns it, file or database
        verify(!banner.visible)
        // The role a viewer would ask for: the database's editor role on a server; a file has none.
        const database = testSession.catalogPath.match(/^postgresql:\/\/[^/]*\/([^?]+)/)
        compare(testSession.editorRole, database ? database[1] + "_editor" : "")
    }

    // Every page, walked: for a viewer no control that would change the catalog is on. What
    // stays on only reads (searching, filtering, sorting, choosing what to see, exporting, the
    // preview); each such control is named here, so a new editing control that forgets the
    // viewer fails this test.
    Component {
        id: catalogPage
        CatalogPage {
            width: testCase.width
            height: testCase.height
            session: testSession
            importer: testImporter
        }
    }
    Component {
        id: releasesPage
        ReleasesPage {
            width: testCase.width
            height: testCase.height
            session: testSession
        }
    }
    Component {
        id: worksPage
        WorksPage {
            width: testCase.width
            height: testCase.height
            session: testSession
        }
    }
    Component {
        id: partiesPage
        PartiesPage {
            width: testCase.width
            height: testCase.height
            session: testSession
        }
    }
    Component {
        id: calendarPage
        CalendarPage {
            width: testCase.width
            height: testCase.height
            session: testSession
        }
    }
    Component {
        id: qualityPage
        QualityPage {
            width: testCase.width
            height: testCase.height
            session: testSession
            analyzer: AnalysisController {
                session: testSession
            }
        }
    }
    Component {
        id: rightsPage
        RightsPage {
            width: testCase.width
            height: testCase.height
            session: testSession
        }
    }
    Component {
        id: deliveriesPage
        DeliveriesPage {
            width: testCase.width
            height: testCase.height
            session: testSession
            controller: DeliveryController {
                session: testSession
            }
        }
    }

    function isTextEditor(object) {
        return object.readOnly !== undefined && object.selectByMouse !== undefined
            && object.cursorPosition !== undefined
    }
    function isButton(object) {
        return object.checkable !== undefined && object.autoExclusive !== undefined
            && object.pressed !== undefined
    }
    function isChoice(object) {
        return object.currentIndex !== undefined && object.displayText !== undefined
            && object.popup !== undefined
    }
    function isSpinBox(object) {
        return object.stepSize !== undefined && object.up !== undefined && object.down !== undefined
    }
    function describe(object) {
        // A fix link by what it is: one still being made (the page incubates rows while a slow
        // run walks it) has no objectName yet.
        if (object.leadsSomewhere !== undefined && object.here !== undefined && !object.objectName)
            return "fixLink_"
        if (object.objectName && object.objectName.length > 0)
            return object.objectName
        const text = object.text ?? object.displayText ?? object.placeholderText ?? ""
        return String(text).length > 0 ? String(text) : String(object)
    }

    // The controls a user could change something with: enabled (on their own and through their
    // parents), shown or not (another tab, another state of the page), or in a menu.
    function usableControls(root) {
        const found = []
        const seen = new Set()
        function visit(object, inMenu) {
            if (!object || seen.has(object))
                return
            seen.add(object)
            const isMenu = object.itemAt !== undefined && object.count !== undefined
                           && object.dismiss !== undefined
            if (isMenu) {
                for (let i = 0; i < object.count; ++i)
                    visit(object.itemAt(i), true)
                return
            }
            if (object.opened !== undefined && object.modal !== undefined)
                return // a dialog: opened from a control checked here
            // A list's rows choose what is shown: reading.
            const row = String(object).startsWith("ItemDelegate")
            if (object.enabled === true && !row && (isButton(object) || isChoice(object) || isSpinBox(object)
                                                    || (isTextEditor(object) && !object.readOnly)))
                found.push(describe(object))
            for (const list of [object.data, object.children]) {
                for (let i = 0; list && i < list.length; ++i)
                    visit(list[i], inMenu)
            }
            if (object.contentItem)
                visit(object.contentItem, inMenu)
        }
        visit(root, false)
        return found.sort()
    }

    function test_aViewerCanOnlyRead_data() {
        return [
            { tag: "catalog", page: catalogPage,
              reading: ["searchField", "Metadata", "exportJsonItem", "exportCsvItem", "previewItem", "openFolderItem",
                        "showInQualityItem", "showInRightsItem", "Sort By", "Columns", "resetColumnWidths", "previewPlayButton", "previewSeek",
                        "showColumn_artist", "showColumn_bpm", "showColumn_duration", "showColumn_format", "showColumn_genre", "showColumn_isrc", "showColumn_key", "showColumn_language", "showColumn_loudness", "showColumn_mood", "showColumn_readiness", "showColumn_release", "showColumn_title", "showColumn_version"] },
            { tag: "releases", page: releasesPage, reading: [] },
            { tag: "works", page: worksPage, reading: [] },
            { tag: "parties", page: partiesPage, reading: [] },
            { tag: "calendar", page: calendarPage,
              reading: ["previousMonthButton", "nextMonthButton", "todayButton", "exportCalendarButton", "exportWholePlan",
                        "exportSelectedRelease"] },
            { tag: "quality", page: qualityPage,
              reading: ["profilePicker", "resetColumnWidths", "analysisProblemsButton", "chooseAudioLink",
                        "showColumn_artist", "showColumn_clipping", "showColumn_fix", "showColumn_loudness", "showColumn_range", "showColumn_stems", "showColumn_track", "showColumn_truePeak", "showColumn_verdict"] },
            { tag: "rights", page: rightsPage,
              reading: ["exportRightsSheetButton", "exportTrackSheet", "exportReleaseSheet", "checkAgainButton", "Why",
                        "Provenance", "Clearance", "People", "Splits", "Open", "fixLinks"] },
            { tag: "deliveries", page: deliveriesPage,
              reading: ["releasePicker", "deliveryProfilePicker", "formatPicker", "backupButton", "cancelDelivery",
                        "fixLinks"] },
        ]
    }
    function test_aViewerCanOnlyRead(data) {
        const page = createTemporaryObject(data.page, testCase, { readOnly: true })
        verify(page)
        testSession.currentTrackId = testSession.tracks.trackIdAt(0)
        testSession.releases.currentReleaseId = testSession.releases.model.idAt(0)
        testSession.credits.currentPartyId = testSession.credits.parties.idAt(0)
        testSession.credits.currentWorkId = testSession.credits.works.idAt(0)
        testSession.planning.currentReleaseId = testSession.releases.model.idAt(0)
        wait(200)
        const usable = usableControls(page)
        // Fix links only lead to the place where the problem is fixed.
        const changing = usable.filter(name => !data.reading.includes(name)
                                       && !(data.reading.includes("fixLinks") && name.startsWith("fixLink_")))
        compare(changing.join(", "), "", "on for a viewer of " + data.tag)
        if (page.analyzer !== undefined) // results would be stored: no analysis starts by itself
            verify(!page.autoStarted && !page.analyzer.running, "analysis started for a viewer")
        // An editor of the same page has controls to change it.
        page.readOnly = false
        wait(50)
        verify(usableControls(page).length > usable.length, "nothing to edit on " + data.tag)
    }
}
