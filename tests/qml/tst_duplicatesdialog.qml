// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import QtTest
import Imprint
import Imprint.App

// Issue 15, item 3: two imports of one take are listed as likely duplicates once analysed (the
// dialog says until then, and links to the analysis); Keep This merges the other into it and Undo
// brings it back; Keep Both takes the pair off the list, undoably.
TestCase {
    id: testCase
    name: "DuplicatesDialog"
    when: windowShown
    visible: true
    width: 1024
    height: 700

    Component {
        id: dialogComponent
        DuplicatesDialog {
            duplicates: duplicatesWorld.session.duplicates
        }
    }

    Component {
        id: analyzerComponent
        AnalysisController {
            session: duplicatesWorld.session
        }
    }

    function findAll(item, name, found) {
        if (!item)
            return found
        if (item.objectName === name && item.visible && found.indexOf(item) < 0)
            found.push(item)
        // A popup's content is not among its children; a list's is among them too (kept once).
        const own = item.contentItem && item.contentItem !== item ? [item.contentItem] : []
        const children = own.concat(Array.from(item.children ?? []))
        for (let i = 0; i < children.length; ++i)
            findAll(children[i], name, found)
        return found
    }

    function test_mergeAndKeepBoth() {
        const session = duplicatesWorld.session
        duplicatesWorld.importer.start(duplicatesWorld.makeDuplicateTakes())
        tryVerify(() => !duplicatesWorld.importer.running && session.trackCount === 2, 20000)
        const dialog = createTemporaryObject(dialogComponent, testCase)
        dialog.open()
        // Not analysed yet: no fingerprints to compare, and the dialog says why.
        tryVerify(() => dialog.opened && session.duplicates.notAnalysed === 2, 5000)
        compare(session.duplicates.count, 0)
        // No claim about tracks never compared.
        compare(findAll(dialog.contentItem, "duplicatesSummary", [])[0].text,
                "No likely duplicates among the tracks analysed so far.")
        const note = findAll(dialog.contentItem, "notAnalysedNote", [])
        compare(note.length, 1)
        verify(note[0].text.indexOf("2 tracks not analysed") === 0, note[0].text)
        // It leads to the Quality page's Analyze button (Main.qml's navigateTo; here no window).
        const link = findChild(dialog.contentItem, "analyzeLink")
        verify(link !== null)
        compare(link.target.page, "quality")
        compare(link.target.field, "analyzeButton")
        dialog.close()
        tryVerify(() => !dialog.visible, 5000)

        const analyzer = createTemporaryObject(analyzerComponent, testCase)
        analyzer.start()
        tryVerify(() => !analyzer.running && analyzer.summaryText.length > 0, 20000)
        dialog.open()
        tryVerify(() => dialog.opened && session.duplicates.count === 1, 5000)
        compare(session.duplicates.notAnalysed, 0)
        compare(findAll(dialog.contentItem, "notAnalysedNote", []).length, 0)
        compare(session.duplicates.pairs[0].likeness, "the same audio")
        tryVerify(() => findAll(dialog.contentItem, "keepThis", []).length === 2, 5000)

        // Keep the first track: the other one leaves the catalog, Undo brings it back.
        const keep = session.duplicates.pairs[0].trackA
        mouseClick(findAll(dialog.contentItem, "keepThis", [])[0])
        tryVerify(() => session.trackCount === 1 && session.duplicates.count === 0, 5000)
        compare(session.tracks.trackIdAt(0), keep)
        verify(session.history.undoText.indexOf("Merge") >= 0)
        session.history.undo()
        tryVerify(() => session.trackCount === 2 && session.duplicates.count === 1, 5000)

        // Keep Both: not listed again; undone, it is.
        tryVerify(() => findAll(dialog.contentItem, "keepBoth", []).length === 1, 5000)
        mouseClick(findAll(dialog.contentItem, "keepBoth", [])[0])
        tryVerify(() => session.duplicates.count === 0, 5000)
        compare(session.trackCount, 2)
        session.history.undo()
        tryVerify(() => session.duplicates.count === 1, 5000)
        // Closed before the test destroys it: Qt Quick leaks the modal dimmer of a popup destroyed
        // while open (seen under LeakSanitizer).
        dialog.close()
        tryVerify(() => !dialog.visible, 5000)
    }
}
