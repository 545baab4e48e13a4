// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import QtQuick.Controls
import QtTest
import Imprint
import Imprint.App
import Imprint.Models

// The catalog's files are not where it says on this computer (a team library mounted elsewhere,
// a moved folder): the banner above the pages says so and its button opens File › Library
// Folder…, which checks the folder the user names and makes it the library; the window then
// opens the catalog again on it. A folder with none of the files is said to be the wrong one.
TestCase {
    id: testCase
    name: "LibraryFolder"
    when: windowShown

    property var window: null

    Component {
        id: mainComponent
        Main {
            width: 1024
            height: 700
        }
    }
    SignalSpy {
        id: reopens
        signalName: "reopenRequested"
    }

    function initTestCase() {
        window = mainComponent.createObject(null, { session: movedLibrarySession })
        verify(window)
        reopens.target = window
        window.requestActivate()
        tryVerify(() => window.active, 5000)
        tryVerify(() => !movedLibrarySession.loading, 5000)
    }
    function cleanupTestCase() {
        window.close()
        window.destroy()
        wait(50)
    }

    function control(name) {
        return window.findControl(window.contentItem, name)
    }
    function inDialog(name) {
        return findChild(dialog(), name)
    }
    function dialog() {
        return findChild(window, "libraryFolderDialog")
    }
    function checkFolder(url) {
        const checker = inDialog("libraryFolderChecker")
        checker.check(url) // what the folder picker's Accept does
        tryVerify(() => checker.hasResult && !checker.running, 10000, "the check finishes")
        return checker
    }

    // Artwork refused for want of this computer's folder (a team catalog) offers the same dialog.
    function test_theArtworkOffersTheDialogToo() {
        const releases = findChild(window, "releasesPage")
        verify(releases)
        releases.libraryFolderRequested()
        tryVerify(() => dialog().visible, 3000)
        dialog().close()
        tryVerify(() => !dialog().visible, 3000)
    }

    function test_theBannerLeadsToTheDialogThatSetsTheFolder() {
        verify(movedLibrarySession.libraryFolderMissing)
        const banner = control("libraryFolderBanner")
        verify(banner.visible, "the banner says the files are not here")
        verify(banner.text.indexOf(movedLibrarySession.libraryFolder) >= 0, banner.text)
        compare(banner.actions.length, 1)
        compare(banner.actions[0].text, qsTr("Library Folder…"))
        // The team catalog's other banner, about others' changes, is View › Reload's.
        verify(!control("liveUpdatesBanner").visible)
        compare(control("liveUpdatesBanner").actions[0].objectName, "reloadAction")
        banner.actions[0].trigger()
        tryVerify(() => dialog().opened, 3000, "Library Folder… opens")
        verify(inDialog("currentLibraryFolder").text.indexOf(movedLibrarySession.libraryFolder) >= 0)
        verify(inDialog("libraryFolderNotHere").visible)
        verify(!inDialog("useLibraryFolderButton").enabled, "nothing checked yet")

        // Choose Folder… opens the folder picker.
        mouseClick(inDialog("chooseLibraryFolderButton"))
        tryVerify(() => inDialog("libraryFolderPicker").visible, 3000)
        inDialog("libraryFolderPicker").close()

        // A folder with none of the catalog's files: said to be the wrong one.
        let checker = checkFolder(emptyFolder)
        verify(!checker.looksLikeTheLibrary)
        verify(inDialog("notTheLibrary").visible)
        compare(inDialog("useLibraryFolderButton").text, qsTr("Use Anyway"))
        compare(checker.problems.length, 3, "each missing file is named")

        // The folder the files were moved to: every one found, and it becomes the library.
        checker = checkFolder(movedLibraryFolder)
        verify(checker.allFound, checker.summaryText)
        verify(!inDialog("notTheLibrary").visible)
        verify(inDialog("libraryCheckSummary").text.indexOf("3 of 3") >= 0, inDialog("libraryCheckSummary").text)
        const use = inDialog("useLibraryFolderButton")
        compare(use.text, qsTr("Use This Folder"))
        verify(use.enabled)
        reopens.clear()
        mouseClick(use)
        tryCompare(reopens, "count", 1, 5000, "the window opens the catalog again on the folder")
        tryVerify(() => !dialog().visible, 3000)

        // Opened again as the window is (a team catalog with the folder this computer now
        // remembers for it), the catalog finds its files and the banner is gone.
        const reopened = catalogReopener.reopen(movedLibrarySession.catalogPath)
        verify(reopened)
        tryVerify(() => !reopened.loading, 5000)
        compare(reopened.libraryFolder, String(movedLibraryFolder).replace("file://", ""))
        verify(!reopened.libraryFolderMissing)
        const again = mainComponent.createObject(null, { session: reopened })
        verify(again)
        tryVerify(() => again.findControl(again.contentItem, "libraryFolderBanner") !== null, 5000)
        verify(!again.findControl(again.contentItem, "libraryFolderBanner").visible)
        again.close()
        again.destroy()
    }
}
