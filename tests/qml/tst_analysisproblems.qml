// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import QtTest
import Imprint
import Imprint.App
import "ItemWalk.js" as Walk

// The Quality page's "could not be read" and "could not be decoded" lead somewhere: Show Files…
// names each file with its reason, Show Track opens the track's checks (where the fix is said),
// and Library Folder… is offered for a file that cannot be read. On a catalog of its own
// (analysisWorld): two imported takes, one removed and one overwritten before the analysis.
TestCase {
    id: testCase
    name: "AnalysisProblems"
    when: windowShown
    visible: true
    width: 1024
    height: 700

    readonly property var session: analysisWorld.session

    AnalysisController {
        id: testAnalyzer
        session: analysisWorld.session
    }

    Component {
        id: pageComponent
        QualityPage {
            width: testCase.width
            height: testCase.height
            session: testCase.session
            analyzer: testAnalyzer
        }
    }

    SignalSpy {
        id: libraryFolderSpy
        signalName: "libraryFolderRequested"
    }

    function trackIdOf(path) {
        for (let row = 0; row < session.trackCount; ++row) {
            const id = session.tracks.trackIdAt(row)
            session.currentTrackId = id
            if (session.currentTrack.path.endsWith(path))
                return id
        }
        return 0
    }

    function test_eachFileIsNamedAndLeadsToWhereItIsFixed() {
        analysisWorld.importer.start(analysisWorld.makeDuplicateTakes())
        tryVerify(() => !analysisWorld.importer.running && session.trackCount === 2, 20000)
        const missingTrack = trackIdOf("Sea Glass.wav")
        const brokenTrack = trackIdOf("Sea Glass (export).wav")
        verify(missingTrack > 0 && brokenTrack > 0 && missingTrack !== brokenTrack)
        verify(analysisWorld.spoilLibraryFile("duplicates/Sea Glass.wav", true))
        verify(analysisWorld.spoilLibraryFile("duplicates/Sea Glass (export).wav", false))

        testAnalyzer.start()
        tryVerify(() => !testAnalyzer.running && testAnalyzer.problems.length === 2, 30000, testAnalyzer.summaryText)
        const page = createTemporaryObject(pageComponent, testCase)
        libraryFolderSpy.target = page
        const button = Walk.findNamed(page.header, "analysisProblemsButton")
        verify(button && button.visible)
        mouseClick(button)
        const dialog = Walk.findDeclared(page, "analysisProblemsDialog")
        tryCompare(dialog, "opened", true)

        // Each file by name, with its reason and where it is.
        const byName = {}
        testAnalyzer.problems.forEach(problem => byName[problem.name] = problem)
        const missing = byName["Sea Glass.wav"]
        const broken = byName["Sea Glass (export).wav"]
        verify(missing && missing.unreadable && missing.reason.length > 0, JSON.stringify(missing))
        verify(broken && !broken.unreadable && broken.reason.length > 0, JSON.stringify(broken))
        compare(missing.trackId, missingTrack)
        compare(broken.trackId, brokenTrack)
        const list = Walk.findNamed(dialog.contentItem, "analysisProblemList")
        compare(list.count, 2)

        // Show Track: the dialog closes on that track's checks, which say to export it again.
        const brokenRow = testAnalyzer.problems.findIndex(problem => problem.name === broken.name)
        list.positionViewAtIndex(brokenRow, ListView.Beginning)
        let showTrack = null
        tryVerify(() => (showTrack = Walk.findNamed(list.itemAtIndex(brokenRow), "showProblemTrackButton")) !== null
                        && showTrack.visible, 5000, "the row has Show Track")
        mouseClick(showTrack)
        tryCompare(dialog, "visible", false)
        compare(page.quality.currentTrackId, brokenTrack)
        tryVerify(() => (page.quality.current.checks ?? []).some(
                      check => check.fix.indexOf("export the file again") >= 0), 5000,
                  JSON.stringify(page.quality.current.checks))

        // A file that cannot be read: the library folder, from the dialog's footer.
        mouseClick(button)
        tryCompare(dialog, "opened", true)
        const folderButton = Walk.findDeclared(dialog, "problemsLibraryFolderButton")
        verify(folderButton && folderButton.visible)
        mouseClick(folderButton)
        tryCompare(dialog, "visible", false)
        compare(libraryFolderSpy.count, 1)

        // Another catalog has none of the last run's files.
        testAnalyzer.session = testSession
        compare(testAnalyzer.problems.length, 0)
        compare(testAnalyzer.summaryText, "")
        verify(!button.visible)
    }
}
