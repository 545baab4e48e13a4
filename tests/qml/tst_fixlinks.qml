// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import QtQuick.Controls
import QtTest
import Imprint
import Imprint.Models

// No fix can name a place that is not there: for every rule id of the fix table, the whole
// window follows its target and the named control exists, is shown and has the keyboard. Then
// a fix walked as a user would: the BPM a sync blocker asks for, typed where its link leads.
TestCase {
    id: testCase
    name: "FixLinks"
    when: windowShown

    property var window: null

    Component {
        id: fixLinkComponent
        FixLink {}
    }
    Component {
        id: mainComponent
        Main {
            width: 1024
            height: 700
        }
    }

    function initTestCase() {
        window = mainComponent.createObject(null, { session: fixSession })
        verify(window)
        window.requestActivate()
        tryVerify(() => window.active, 5000)
        tryVerify(() => !fixSession.loading && !fixSession.rights.loading
                        && fixSession.rights.matrix.rowCount() > 0, 5000)
    }

    function cleanupTestCase() {
        // The quality page starts an analysis when first shown; let it end before the window goes.
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

    // The record of each kind the targets are followed for.
    function recordId(kind) {
        if (kind === "track")
            return fixTrackId
        if (kind === "release")
            return fixSession.releases.model.idAt(0)
        if (kind === "work")
            return fixSession.credits.works.idAt(0)
        if (kind === "party")
            return fixSession.credits.parties.idAt(0)
        return 0
    }

    function selectedRecord(target) {
        switch (target.page) {
        case "catalog": return fixSession.currentTrackId
        case "rights": return fixSession.rights.currentTrackId
        case "quality": return fixSession.quality.currentTrackId
        case "releases": return fixSession.releases.currentReleaseId
        case "works": return fixSession.credits.currentWorkId
        case "parties": return fixSession.credits.currentPartyId
        case "deliveries": return fixSession.deliveries.releaseId
        }
        return -1
    }

    function test_everyFixLeadsToItsControl_data() {
        return FixTargetTable.ruleIds().map(rule => ({ tag: rule, rule: rule }))
    }

    function test_everyFixLeadsToItsControl(data) {
        const target = FixTargetTable.target(data.rule, 0)
        // Add to Release and Choose Audio File… are shown for a track on no release and with no
        // audio, which these rules are about.
        const looseRules = ["streaming.release.missing", "content.master.missing", "delivery.master.missing"]
        const id = looseRules.indexOf(data.rule) >= 0 ? fixLooseTrackId : recordId(target.record)
        const withRecord = FixTargetTable.target(data.rule, id)
        verify(window.navigateTo(withRecord), data.rule)
        compare(window.currentPageKey, target.page)
        if (target.record.length > 0) {
            verify(id > 0, "the test catalog has a " + target.record)
            compare(selectedRecord(target), id)
        }
        if (target.page === "rights" && target.tab.length > 0)
            compare(control("rightsTabs").currentIndex,
                    ["why", "provenance", "clearance", "people", "splits"].indexOf(target.tab))
        if (target.page === "quality" && target.tab.length > 0)
            compare(fixSession.quality.profileKey, target.tab)
        if (target.field.length === 0)
            return
        tryVerify(() => {
            const found = control(target.field)
            return found !== null && found.visible && (found.editor ?? found).activeFocus
        }, 3000, data.rule + " → " + target.field)
    }

    // The Splits tab holds the master's shares; the publishing shares are the work's, and its
    // button leads to them (or, for a track without a work, to the field that names one).
    function test_theSplitsTabLeadsToThePublishingShares() {
        verify(window.navigateTo({ page: "rights", record: "track", recordId: fixTrackId, tab: "splits", field: "" }))
        compare(control("rightsTabs").currentIndex, 4)
        const button = control("editWorkSharesButton")
        tryVerify(() => button !== null && button.visible && button.enabled && fixSession.credits.trackWorkId > 0,
                  5000, "the track's work is read")
        compare(button.text, "Edit Publishing Shares…")
        const work = fixSession.credits.trackWorkId
        mouseClick(button)
        compare(window.currentPageKey, "works")
        compare(fixSession.credits.currentWorkId, work)
        tryVerify(() => {
            const shares = control("workShares")
            return shares !== null && shares.visible && (shares.editor ?? shares).activeFocus
        }, 3000, "the work's shares do not have the keyboard")

        // A track without a work: the button names one, in the track's details.
        const other = fixSession.tracks.trackIdAt(0) === fixTrackId ? fixSession.tracks.trackIdAt(1)
                                                                     : fixSession.tracks.trackIdAt(0)
        verify(window.navigateTo({ page: "rights", record: "track", recordId: other, tab: "splits", field: "" }))
        tryVerify(() => fixSession.credits.trackId === other && fixSession.credits.trackWorkId === 0
                        && control("editWorkSharesButton").enabled, 5000)
        compare(control("editWorkSharesButton").text, "Name the Work…")
        mouseClick(control("editWorkSharesButton"))
        compare(window.currentPageKey, "catalog")
        compare(fixSession.currentTrackId, other)
        tryVerify(() => {
            const field = control("trackWorkField")
            return field !== null && field.visible && (field.editor ?? field).activeFocus
        }, 3000, "the work field does not have the keyboard")
    }

    // On the Why tab, a fix made on another tab of the same page (a clearance item, a document)
    // is a link too; a target that is only the page the user is on is not.
    function test_aFixOnAnotherTabOfThisPageIsALink() {
        verify(window.navigateTo({ page: "rights", record: "track", recordId: fixTrackId, tab: "why", field: "" }))
        const toClearance = createTemporaryObject(fixLinkComponent, window.contentItem, {
            here: "rights",
            target: { rule: "sync.clearance.open", page: "rights", record: "track", recordId: fixTrackId,
                      tab: "clearance", field: "" } })
        verify(toClearance.visible, "a link to the Clearance tab")
        mouseClick(toClearance)
        compare(control("rightsTabs").currentIndex, 2)
        const nowhere = createTemporaryObject(fixLinkComponent, window.contentItem, {
            here: "rights",
            target: { rule: "", page: "rights", record: "track", recordId: fixTrackId, tab: "", field: "" } })
        verify(!nowhere.visible, "the page the user is on")
    }

    function test_unknownIdsFallBackToTheirPage() {
        compare(FixTargetTable.target("delivery.someday", 3).page, "deliveries")
        compare(FixTargetTable.target("delivery.isrc.missing", 3).page, "catalog") // known: where the ISRC is typed
        compare(FixTargetTable.target("quality.someday", 3).page, "quality")
        compare(FixTargetTable.target("sync.someday", 3).page, "rights")
        verify(window.navigateTo(FixTargetTable.target("delivery.something", recordId("release"))))
        compare(window.currentPageKey, "deliveries")
    }

    function test_provenanceSaysWhenNothingIsRecorded() {
        // The second track has no provenance record: the origin says so, not "own work".
        const other = fixSession.tracks.trackIdAt(0) === fixTrackId ? fixSession.tracks.trackIdAt(1)
                                                                     : fixSession.tracks.trackIdAt(0)
        verify(window.navigateTo(FixTargetTable.target("content.licence.missing", other)))
        compare(fixSession.rights.currentTrackId, other)
        tryVerify(() => fixSession.rights.provenance.trackId === other, 5000, "its facts are read")
        compare(fixSession.rights.provenance.recorded, false)
        const origin = control("originField")
        tryVerify(() => origin.editor.activeFocus)
        compare(origin.editor.currentText, "Not recorded yet")
    }

    // A sync blocker's link on the Rights page leads to the BPM field; a BPM typed there lifts it.
    function test_zTheBpmBlockerIsFixedWhereItsLinkLeads() {
        const rule = "sync.bpm.missing"
        const rules = () => fixSession.rights.syncChecklist.map(step => step.rule)
        verify(window.navigateTo(FixTargetTable.target("content.terms.example", fixTrackId)))
        compare(fixSession.rights.currentTrackId, fixTrackId)
        control("rightsTabs").currentIndex = 0
        verify(rules().indexOf(rule) >= 0, rules().join(" "))

        const list = control("syncChecklist")
        verify(list)
        list.positionViewAtIndex(rules().indexOf(rule), ListView.Center)
        let link = null
        tryVerify(() => {
            link = control("fixLink_" + rule)
            return link !== null && link.visible
        }, 3000)
        mouseClick(link)
        compare(window.currentPageKey, "catalog")
        compare(fixSession.currentTrackId, fixTrackId)
        const bpm = control("trackBpmField")
        tryVerify(() => bpm.editor.activeFocus, 3000)

        const problem = control("tempoKeyProblem")
        bpm.editor.text = "abc"
        verify(problem.visible && problem.text.indexOf("abc") >= 0, "a tempo that is not one is refused as it is typed")
        bpm.editor.text = "124"
        verify(!problem.visible)
        bpm.editor.editingFinished()
        compare(fixSession.currentTrack.bpm, "124")
        tryVerify(() => rules().indexOf(rule) < 0, 5000)

        fixSession.history.undo()
        tryVerify(() => rules().indexOf(rule) >= 0, 5000)
        compare(fixSession.currentTrack.bpm, "")
    }
}
