// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import QtQuick.Controls
import QtTest
import Imprint
import Imprint.Models

// The release journey in the whole window, from an empty catalog (issue 12): New Release, a
// planned track, the take that binds to it on import, the BPM a sync blocker asks for typed where
// its fix link leads, the analysis, the delivery refused while the AI tool's licence is open and
// accepted once the licence is attached and cleared, with the delivery milestone ticked.
// Credits, splits, the work, provenance and the release's identifiers are recorded by the
// fixture as their pages save them (tst_fixlinks and the pages' own tests walk those controls).
TestCase {
    id: testCase
    name: "Journey"
    when: windowShown

    property var window: null
    readonly property CatalogSession session: journey.session

    Component {
        id: mainComponent
        Main {
            width: 1024
            height: 700
        }
    }

    function initTestCase() {
        window = mainComponent.createObject(null, { session: journey.session })
        verify(window)
        window.requestActivate()
        tryVerify(() => window.active, 5000)
    }

    function cleanupTestCase() {
        tryVerify(() => !window.busy, 20000)
        // Closed and gone before the next test file: a window that only awaits deletion still
        // answers the shortcuts, which made them ambiguous in the next file's window.
        window.close()
        window.destroy()
        wait(50)
    }

    function control(name) {
        return window.findControl(window.contentItem, name)
    }
    // Dialogs and popups live in the window's overlay.
    function overlayControl(name) {
        return window.findControl(window.Overlay.overlay, name)
    }
    function isoInDays(days) {
        const date = new Date()
        date.setDate(date.getDate() + days)
        return Qt.formatDate(date, "yyyy-MM-dd")
    }

    function importFolderOpensFrom(buttonName) {
        mouseClick(control(buttonName))
        const dialog = findChild(window, "importFolderDialog")
        tryVerify(() => dialog.visible, 3000, "Import Folder… does not open from " + buttonName)
        dialog.close()
        tryVerify(() => !dialog.visible, 3000)
        window.requestActivate() // the folder dialog had the keyboard
        tryVerify(() => window.active, 5000)
    }

    function test_planPrepareAndDeliverARelease() {
        // 0. Releases, Quality, Rights and Deliveries first, with nothing to plan, check, clear or
        // deliver: each page says so and offers Import Folder…; Releases and Deliveries also offer
        // New Release….
        compare(session.releases.model.count, 0)
        verify(window.showPage("releases"))
        tryVerify(() => control("emptyNewReleaseButton").visible, 3000)
        importFolderOpensFrom("emptyImportButton")
        verify(window.showPage("quality"))
        tryVerify(() => control("qualityEmpty").visible, 3000)
        importFolderOpensFrom("qualityImportButton")
        verify(window.showPage("rights"))
        tryVerify(() => control("rightsEmpty").visible, 3000)
        importFolderOpensFrom("rightsImportButton")
        verify(window.showPage("deliveries"))
        verify(control("noReleasesYet").visible)
        importFolderOpensFrom("deliveriesImportButton")

        // 1. New Release (what Ctrl+N opens), from an empty catalog.
        mouseClick(control("deliveriesNewReleaseButton"))
        let releaseTitle = null
        tryVerify(() => {
            releaseTitle = overlayControl("newReleaseTitle")
            return releaseTitle !== null && releaseTitle.visible
        }, 3000, "New Release does not open")
        releaseTitle.text = "Night Ferry"
        overlayControl("newReleaseArtist").text = "Mira Vale"
        overlayControl("newReleaseDate").text = isoInDays(60)
        mouseClick(overlayControl("createReleaseButton"))
        tryVerify(() => !releaseTitle.visible && session.releases.current.title === "Night Ferry", 5000,
                  "the release was not created")
        compare(window.currentPageKey, "releases")
        const releaseId = session.releases.currentReleaseId
        tryVerify(() => session.planning.current.releaseId === releaseId
                        && session.planning.current.milestones.length === 8, 5000, "its plan is not derived")

        // 2. A planned track: no audio yet (under the cover in a narrow window: scrolled to).
        window.focusControl(window.currentPage, "planTrackButton") // scrolled into view
        waitForRendering(window.contentItem)
        mouseClick(control("planTrackButton"))
        let title = null
        tryVerify(() => {
            title = overlayControl("planTitleField") ?? control("planTitleField")
            return title !== null && title.visible
        }, 3000, "Plan Track does not open")
        title.text = "Night Ferry"
        mouseClick(overlayControl("planTrackConfirm") ?? control("planTrackConfirm"))
        tryVerify(() => session.releases.currentTracks.length === 1, 5000, "the planned track is not listed")
        const trackId = session.releases.currentTracks[0].trackId
        verify(!session.releases.currentTracks[0].hasAudio)

        // Write Tags before the audio: nothing to write, and the way to the audio.
        window.writeTags([trackId], "Night Ferry")
        let importMasters = null
        tryVerify(() => {
            importMasters = overlayControl("importMastersButton")
            return importMasters !== null && importMasters.visible
        }, 10000, "Write Tags with no master does not offer Import Folder…")
        mouseClick(importMasters)
        tryVerify(() => findChild(window, "importFolderDialog").visible, 3000, "Import Folder… does not open")
        tryVerify(() => !findChild(window, "writeTagsDialog").visible, 3000)
        findChild(window, "importFolderDialog").close()
        window.requestActivate()
        tryVerify(() => window.active, 5000)

        // 3. The take arrives and binds to it: still one track, now with audio.
        journey.importer.start(journey.makeTake("Night Ferry", "Mira Vale"))
        tryVerify(() => !journey.importer.running && session.releases.currentTracks.length === 1
                        && session.releases.currentTracks[0].hasAudio, 15000, "the take did not bind")
        compare(session.releases.currentTracks[0].trackId, trackId)
        tryCompare(session, "trackCount", 1)

        // The cover, dropped on the release (what the drop area and Set Artwork… hand over).
        const releasesPage = control("releasesPage")
        verify(releasesPage.planner.setArtwork(releaseId, journey.makeCover()))
        tryVerify(() => !releasesPage.planner.running && String(session.releases.current.artworkUrl).length > 0,
                  15000, "the cover was not set: " + releasesPage.planner.message)
        compare(session.releases.current.artworkWarning, "")

        // 4. The BPM a sync blocker asks for, where its fix link leads.
        verify(window.showPage("rights"))
        session.rights.currentTrackId = trackId
        tryVerify(() => session.rights.syncChecklist.some(step => step.rule === "sync.bpm.missing"), 5000)
        control("rightsTabs").currentIndex = 0
        const list = control("syncChecklist")
        list.positionViewAtIndex(session.rights.syncChecklist.findIndex(step => step.rule === "sync.bpm.missing"),
                                 ListView.Center)
        let link = null
        tryVerify(() => {
            link = control("fixLink_sync.bpm.missing")
            return link !== null && link.visible
        }, 3000, "no fix link for the BPM")
        mouseClick(link)
        compare(window.currentPageKey, "catalog")
        const bpm = control("trackBpmField")
        tryVerify(() => bpm.editor.activeFocus, 3000, "the BPM field does not have the keyboard")
        bpm.editor.text = "118"
        bpm.editor.editingFinished()
        tryVerify(() => !session.rights.syncChecklist.some(step => step.rule === "sync.bpm.missing"), 5000,
                  "the BPM blocker stays")

        // 5. Analyse: the Quality page checks the new take when it is shown.
        verify(window.showPage("quality"))
        const analyzer = control("qualityPage").analyzer
        tryVerify(() => !analyzer.running, 20000)
        mouseClick(control("analyzeButton"))
        verify(analyzer.running)
        tryVerify(() => !analyzer.running, 20000, "the analysis does not end")
        verify(analyzer.summaryText.length > 0)

        // Write Tags (the release's Write Tags…): the take gets the catalog's values, and its
        // analysis holds for the new bytes, so the next analysis has nothing to do.
        window.writeTags([trackId], "Night Ferry")
        let writeButton = null
        tryVerify(() => {
            writeButton = overlayControl("writeTagsButton")
            return writeButton !== null && writeButton.visible && writeButton.enabled
        }, 15000, "Write Tags does not preview the take")
        mouseClick(writeButton)
        tryVerify(() => !window.busy, 15000, "the tags are not written")
        const written = overlayControl("tagWriteSummary").text
        verify(/^1 file/.test(written), written)
        const closeButton = overlayControl("closeTagWriteButton")
        mouseClick(closeButton)
        tryVerify(() => !closeButton.visible, 5000, "Write Tags does not close")
        mouseClick(control("analyzeButton"))
        verify(analyzer.running)
        tryVerify(() => !analyzer.running, 20000, "the analysis does not end")
        verify(/^0 .*, 1 already up to date/.test(analyzer.summaryText), analyzer.summaryText)

        // The facts other pages record (see the header), then the delivery preflight.
        verify(journey.recordRightsFacts(releaseId, trackId))
        verify(window.showPage("deliveries"))
        const deliveries = session.deliveries
        deliveries.releaseId = releaseId
        tryVerify(() => !deliveries.loading && deliveries.blockers.length > 0, 10000, "no preflight")
        const blockers = () => deliveries.blockers.map(issue => issue.ruleId)
        // A new catalog knows no AI tool's terms: the licence settles what the take may be used for.
        tryVerify(() => blockers().length === 1 && blockers()[0] === "content.terms.unknown", 10000,
                  "only the licence should block: " + JSON.stringify(deliveries.blockers))
        verify(!control("exportButton").enabled, "Export is refused while blocked")
        verify(control("exportAnywayButton").visible)

        // 6. Clear the licence on the Rights page: the document dropped on its item, then Cleared.
        verify(window.showPage("rights"))
        session.rights.currentTrackId = trackId
        tryVerify(() => session.rights.clearances.length === 1, 5000)
        const item = session.rights.clearances[0]
        session.rights.attachDocument("clearance", item.id, journey.makeLicence())
        tryVerify(() => session.rights.clearances[0].documentAssetId > 0, 5000, "the licence is not attached")
        verify(session.rights.setClearanceStatus(item.id, "cleared"))

        // 7. Deliver: accepted now, verified, recorded, and the plan knows.
        verify(window.showPage("deliveries"))
        tryVerify(() => !deliveries.loading && deliveries.blockers.length === 0, 10000,
                  "still blocked: " + JSON.stringify(deliveries.blockers))
        const exportButton = control("exportButton")
        verify(exportButton.enabled)
        const page = window.findControl(window.contentItem, "deliveriesPage")
        const controller = page ? page.controller : null
        verify(controller, "the deliveries page has its controller")
        // What the save dialog behind Export… does with the chosen file.
        verify(controller.startExport(releaseId, "distributor", "zip", journey.packageUrl("night-ferry.zip"), false))
        tryVerify(() => !controller.running, 20000)
        verify(controller.succeeded, controller.summaryText + " " + controller.problems.join("; "))
        tryVerify(() => deliveries.history.rowCount() === 1, 5000, "not in the delivery history")
        verify(journey.deliveryMilestoneDone(releaseId))
        tryVerify(() => session.planning.current.milestones.find(m => m.key === "delivery").done, 5000,
                  "the calendar does not show the delivery done")
    }
}
