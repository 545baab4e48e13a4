// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import QtTest
import Imprint
import Imprint.App
import Imprint.Models

// Write Tags writes a file whose new bytes the catalog then cannot record (a full disk): the
// report says that an analysis checks the files again, and its Analyze button asks for one.
// On a catalog of its own (unrecordedWorld): one imported take, analysed, then retitled.
TestCase {
    id: testCase
    name: "TagWriteUnrecorded"
    when: windowShown
    visible: true
    width: 1000
    height: 700

    readonly property var session: unrecordedWorld.session

    AnalysisController {
        id: analyzer
        session: unrecordedWorld.session
    }

    Component {
        id: dialogComponent
        WriteTagsDialog {
            controller: TagWriteController {
                session: unrecordedWorld.session
            }
        }
    }

    SignalSpy {
        id: analyzeSpy
        signalName: "analyzeRequested"
    }

    function test_aWriteTheCatalogCannotRecordOffersAnalyze() {
        unrecordedWorld.importer.start(unrecordedWorld.makeTake("Night Ferry", "Mira Vale"))
        tryVerify(() => !unrecordedWorld.importer.running && session.trackCount === 1, 20000)
        // Analysed: the writer keeps the analysis of a file whose audio it did not touch.
        analyzer.start()
        tryVerify(() => !analyzer.running && analyzer.summaryText.length > 0, 30000)
        compare(analyzer.problems.length, 0, analyzer.summaryText)
        const track = session.tracks.trackIdAt(0)
        verify(session.setTrackField(track, "title", "Night Ferry (Radio Edit)"))
        verify(unrecordedWorld.refuseChangesTo("analyses"))

        const dialog = createTemporaryObject(dialogComponent, testCase)
        analyzeSpy.target = dialog
        const controller = dialog.controller
        const analyze = findChild(dialog.footer, "tagWriteAnalyzeButton")
        verify(analyze)
        dialog.openForAll()
        tryCompare(dialog, "opened", true)
        tryCompare(controller, "phase", TagWriteController.Previewed, 20000)
        verify(!analyze.visible)
        verify(controller.write())
        tryCompare(controller, "phase", TagWriteController.Written, 20000)

        compare(controller.files.writtenCount, 1)
        verify(controller.needsAnalysis)
        verify(controller.summaryText.indexOf("Analyze checks them again") >= 0, controller.summaryText)
        verify(controller.summaryText.indexOf("the disk is full") >= 0, controller.summaryText)
        verify(analyze.visible)
        mouseClick(analyze)
        tryCompare(dialog, "visible", false)
        compare(analyzeSpy.count, 1)

        // The next job starts without it.
        verify(controller.previewAll())
        verify(!controller.needsAnalysis)
        tryCompare(controller, "phase", TagWriteController.Previewed, 20000)
    }
}
