// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import QtTest
import Imprint
import "ItemWalk.js" as Walk

// A contribution's evidence on the People tab: Replace… puts the new file in the place of the
// one it stands beside (it used to be added next to it), and Remove takes a single file off,
// each one undoable step. On a catalog of its own (stemsWorld) with one imported take.
TestCase {
    id: testCase
    name: "ContributionEvidence"
    when: windowShown
    visible: true
    width: 600
    height: 500

    readonly property var session: stemsWorld.session
    readonly property var rights: stemsWorld.session.rights

    Component {
        id: listComponent
        ContributionList {
            width: testCase.width
            height: testCase.height
            rights: testCase.rights
        }
    }

    // The document slots in the list, the attached ones first (the empty one adds a file).
    function slotsIn(item) {
        let found = item.documentState !== undefined && item.canAttach !== undefined ? [item] : []
        for (let i = 0; i < item.children.length; ++i)
            found = found.concat(slotsIn(item.children[i]))
        return found
    }

    function evidencePaths() {
        return rights.contributions.length === 0 ? []
             : rights.contributions[0].evidence.map(file => file.path.split("/").pop())
    }

    function test_evidenceIsReplacedAndRemovedOneByOne() {
        stemsWorld.importer.start(stemsWorld.makeTake("Paper Moon", "Mira Vale"))
        tryVerify(() => !stemsWorld.importer.running && session.trackCount === 1, 20000)
        const track = session.tracks.trackIdAt(0)
        rights.currentTrackId = track
        tryVerify(() => !rights.loading && rights.currentTrackId === track, 5000)
        verify(rights.saveContribution({ trackId: track, element: "lyrics", party: "Mira Vale",
                                         description: "Wrote the lyrics" }))
        tryVerify(() => rights.contributions.length === 1, 5000)
        const list = createTemporaryObject(listComponent, testCase)

        // The empty slot adds a first file.
        const slots = () => slotsIn(list).filter(slot => slot.visible)
        tryVerify(() => slots().length === 1, 5000)
        slots()[0].attach(stemsWorld.makeTextFile("lyrics draft.txt", "first draft"))
        tryVerify(() => evidencePaths().length === 1, 5000)
        compare(evidencePaths(), ["lyrics draft.txt"])

        // Replace… on that file: the new one takes its place.
        tryVerify(() => slots().length === 2, 5000)
        const attached = slots().find(slot => slot.path.length > 0)
        compare(Walk.findNamed(attached, "attachDocumentButton").text, "Replace…")
        attached.attach(stemsWorld.makeTextFile("lyrics final.txt", "final words"))
        tryVerify(() => evidencePaths().indexOf("lyrics final.txt") >= 0, 5000)
        compare(evidencePaths(), ["lyrics final.txt"])
        compare(session.history.undoText, qsTr("Undo Replace Evidence"))

        // Remove takes it off; undo puts it back.
        const remove = Walk.findNamed(list, "removeDocumentButton")
        tryVerify(() => remove && remove.visible, 5000)
        mouseClick(remove)
        tryVerify(() => evidencePaths().length === 0, 5000)
        compare(session.history.undoText, qsTr("Undo Remove Evidence"))
        session.history.undo()
        tryVerify(() => evidencePaths().length === 1, 5000)
        compare(evidencePaths(), ["lyrics final.txt"])
    }
}
