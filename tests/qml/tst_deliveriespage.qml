// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import QtTest
import Imprint
import Imprint.App

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

    function findChild(item, name) {
        if (!item)
            return null
        if (item.objectName === name)
            return item
        const children = item.children.concat(item.contentItem && item.contentItem !== item ? [item.contentItem] : [])
        for (let i = 0; i < children.length; ++i) {
            const found = findChild(children[i], name)
            if (found)
                return found
        }
        return null
    }

    function test_preflightFollowsReleaseAndProfile() {
        const page = createTemporaryObject(pageComponent, testCase)
        const deliveries = testSession.deliveries
        tryVerify(() => deliveries.releaseId > 0 && !deliveries.loading)
        const issues = findChild(page, "preflightIssues")
        verify(issues)
        tryVerify(() => issues.count > 0)
        const distributorIssues = issues.count
        const exportButton = findChild(page, "exportButton")
        verify(exportButton.enabled)
        compare(exportButton.text, "Export Anyway…")

        deliveries.profile = "sync"
        tryVerify(() => !deliveries.loading && issues.count > distributorIssues)
        verify(deliveries.requirements.some(line => line.indexOf("Stems") >= 0))
        deliveries.profile = "distributor"
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
