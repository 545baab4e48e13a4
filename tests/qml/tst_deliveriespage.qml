// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import QtTest
import Imprint
import Imprint.App
import "ItemWalk.js" as Walk

TestCase {
    id: testCase
    name: "DeliveriesPage"
    when: windowShown
    visible: true
    width: 1200
    height: 800

    Component {
        id: pageComponent
        DeliveriesPage {
            width: testCase.width
            height: testCase.height
            session: testSession
            controller: DeliveryController {
                session: testSession
            }
        }
    }

    // 1024 px window minus the sidebar: the pickers narrow, the backup button stays reachable.
    function test_backupButtonFitsTheSmallestWindow() {
        const page = createTemporaryObject(pageComponent, testCase, { width: 824 })
        const backup = Walk.findDeclared(page, "backupButton")
        verify(backup)
        tryVerify(() => backup.width > 0)
        const right = backup.mapToItem(page, backup.width, 0).x
        verify(right <= page.width, "Back Up Catalog… ends at " + right + " of " + page.width)
    }

    function test_preflightFollowsReleaseAndProfile() {
        const page = createTemporaryObject(pageComponent, testCase)
        const deliveries = testSession.deliveries
        tryVerify(() => deliveries.releaseId > 0 && !deliveries.loading)
        // The generated catalog lacks UPC, artwork, provenance and analyses: blocked, not impossible.
        const blockers = Walk.findDeclared(page, "preflightBlockers")
        verify(blockers)
        tryVerify(() => blockers.count > 0)
        verify(deliveries.blocked)
        verify(!deliveries.impossible)
        compare(blockers.count, deliveries.blockers.length)
        for (const issue of deliveries.issues) {
            verify(issue.ruleId.length > 0, JSON.stringify(issue))
            verify(issue.trackId !== undefined && issue.level.length > 0, JSON.stringify(issue))
        }
        verify(deliveries.blockers.some(i => i.ruleId === "delivery.upc.missing" && i.trackId === 0))
        verify(deliveries.blockers.some(i => i.ruleId === "quality.notAnalysed" && i.trackId > 0))
        verify(deliveries.blockers.every(i => i.level !== "warning"))
        verify(deliveries.warnings.every(i => i.level === "warning"))
        compare(Walk.findDeclared(page, "preflightReady").visible, false)

        // Export is refused while blocked; Export Anyway is offered instead.
        const exportButton = Walk.findDeclared(page, "exportButton")
        verify(!exportButton.enabled)
        const anyway = Walk.findDeclared(page, "exportAnywayButton")
        verify(anyway.visible && anyway.enabled)

        const distributorBlockers = blockers.count
        deliveries.profile = "sync"
        tryVerify(() => !deliveries.loading && blockers.count > distributorBlockers)
        verify(deliveries.requirements.some(line => line.indexOf("Stems") >= 0))
        deliveries.profile = "distributor"
        tryVerify(() => !deliveries.loading && blockers.count === distributorBlockers)
    }

    function test_exportAnywayNamesWhatIsForced() {
        const page = createTemporaryObject(pageComponent, testCase)
        const deliveries = testSession.deliveries
        tryVerify(() => deliveries.releaseId > 0 && !deliveries.loading && deliveries.blocked)
        const before = deliveries.history.count
        const dialog = Walk.findDeclared(page, "forceDialog")
        verify(dialog)
        verify(!dialog.opened)
        Walk.findDeclared(page, "exportAnywayButton").clicked()
        tryVerify(() => dialog.opened)
        const summary = Walk.findDeclared(dialog.contentItem, "forceSummary")
        verify(summary.text.indexOf("no UPC/EAN") >= 0, summary.text)
        verify(summary.text.indexOf("metadata.json") >= 0, summary.text)
        // Declining starts nothing.
        dialog.reject()
        tryVerify(() => !dialog.visible)
        verify(!page.controller.running)
        verify(!page.force)
        compare(deliveries.history.count, before)
    }

    function test_aFailedExportIsShownAndLeavesTheHistoryAlone() {
        const page = createTemporaryObject(pageComponent, testCase)
        const deliveries = testSession.deliveries
        tryVerify(() => deliveries.releaseId > 0 && !deliveries.loading)
        const before = deliveries.history.count
        // The generated catalog has rows but no files: the export must fail and say why.
        verify(page.controller.startExport(deliveries.releaseId, "distributor", "zip",
                                           page.controller.suggestedFile("qml-test-export"), true))
        tryVerify(() => page.controller.hasResult && !page.controller.running, 10000)
        verify(!page.controller.succeeded)
        verify(page.controller.summaryText.indexOf("missing from the library") >= 0, page.controller.summaryText)
        compare(deliveries.history.count, before)
    }
}
