// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import QtQuick.Controls
import QtTest
import Imprint
import Imprint.Models

// A party credited on more tracks than its page lists (a label's main artist is credited on every
// track): the page shows the first ones and says how many there are in all; a party credited
// nowhere has no such line.
TestCase {
    id: testCase
    name: "PartyActivity"
    when: windowShown
    visible: true
    width: 1024
    height: 700

    Component {
        id: editorComponent
        PartyEditor {
            width: testCase.width
            height: testCase.height
        }
    }

    function test_aBusyPartyShowsTheFirstOnesAndHowManyInAll() {
        const session = busyParty.session()
        verify(session)
        const credits = session.credits
        const editor = createTemporaryObject(editorComponent, testCase, { credits: credits })
        verify(editor)
        credits.currentPartyId = busyParty.partyId()
        tryCompare(credits, "partyActivityTotal", 210, 5000)
        compare(credits.partyActivity.length, 200)
        const more = findChild(editor, "partyActivityMore")
        verify(more)
        tryVerify(() => more.visible, 2000)
        compare(more.text, "The first 200 of 210 credits and shares.")
        verify(more.width <= editor.width)

        // A party credited nowhere yet: no such line.
        const busy = credits.currentPartyId
        verify(credits.createParty("Ilo Park"))
        tryVerify(() => credits.currentPartyId !== busy && credits.currentParty.name === "Ilo Park", 5000)
        tryCompare(credits, "partyActivityTotal", 0, 5000)
        verify(!more.visible)
    }
}
