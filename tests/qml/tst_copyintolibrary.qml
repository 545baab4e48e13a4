// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import QtTest
import Imprint
import Imprint.App
import "ItemWalk.js" as Walk

// Issue 17, item 7: a folder outside the library is imported only after the user agrees to copy
// it in; a backup refused for files outside the library offers the button that copies them in.
TestCase {
    id: testCase
    name: "CopyIntoLibrary"
    when: windowShown
    visible: true
    width: 1024
    height: 700

    Component {
        id: dialogComponent
        CopyIntoLibraryDialog {
            importer: outsideWorld.importer
        }
    }
    Component {
        id: panelComponent
        DeliveryJobPanel {
            width: testCase.width
            controller: DeliveryController {
                session: outsideWorld.session
            }
        }
    }

    function test_1_anOutsideFolderIsCopiedAfterAsking() {
        const dialog = createTemporaryObject(dialogComponent, testCase)
        const importer = outsideWorld.importer
        const folder = outsideWorld.makeOutsideTake("Harbour Lights")
        importer.requestImport(folder)
        tryVerify(() => dialog.opened)
        verify(!importer.running, "nothing is imported before the user agrees")
        verify(dialog.target.endsWith("Downloads"), dialog.target)
        const copy = Walk.findDeclared(dialog, "copyIntoLibrary")
        verify(copy && copy.visible)
        mouseClick(copy)
        tryVerify(() => !dialog.visible)
        tryVerify(() => !importer.running && outsideWorld.libraryHas("Downloads/Harbour Lights.wav"), 20000)
        verify(importer.summaryText.startsWith("1 file"), importer.summaryText)
    }

    function test_2_aBackupRefusedForOutsideFilesOffersTheCopy() {
        verify(outsideWorld.moveOutsideLibrary("Downloads/Harbour Lights.wav"))
        const panel = createTemporaryObject(panelComponent, testCase)
        const controller = panel.controller
        const button = Walk.findDeclared(panel, "copyIntoLibraryButton")
        verify(button)
        verify(controller.startBackup(outsideWorld.packageUrl("refused.tar.zst")))
        tryVerify(() => controller.hasResult && !controller.running, 20000)
        verify(!controller.succeeded)
        verify(controller.summaryText.indexOf("Copy Files into Library") >= 0, controller.summaryText)
        compare(controller.filesOutsideLibrary, 1)
        verify(button.visible)

        mouseClick(button)
        tryVerify(() => controller.hasResult && !controller.running, 20000)
        verify(controller.succeeded, controller.summaryText)
        verify(outsideWorld.libraryHas("Downloads/Harbour Lights.wav"))
        compare(controller.filesOutsideLibrary, 0)
        verify(!button.visible)

        verify(controller.startBackup(outsideWorld.packageUrl("complete.tar.zst")))
        tryVerify(() => controller.hasResult && !controller.running, 20000)
        verify(controller.succeeded, controller.summaryText)
    }
}
