// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import QtTest
import Imprint
import "ItemWalk.js" as Walk

// The ISRC registrant prefix is asked for once, and Change Prefix… asks again: a mistyped prefix,
// or the new one an agency gives once a year's codes under the old one are used up (the message
// that says so leads here).
TestCase {
    id: testCase
    name: "IsrcAssignment"
    when: windowShown
    visible: true
    width: 420
    height: 300

    Component {
        id: assignmentComponent
        IsrcAssignment {
            width: testCase.width
            session: testSession
        }
    }

    function test_aPrefixSetOnceCanBeChanged() {
        const assignment = createTemporaryObject(assignmentComponent, testCase,
                                                 { trackId: testSession.tracks.trackIdAt(0) })
        const field = Walk.findNamed(assignment, "isrcPrefixField")
        const change = Walk.findNamed(assignment, "changeIsrcPrefixButton")
        const assign = Walk.findNamed(assignment, "assignIsrcButton")
        if (testSession.isrcPrefix.length === 0) {
            verify(field.visible, "asked for once")
            verify(!change.visible)
            verify(!assign.enabled)
            field.choose("GB-A1B")
        }
        tryCompare(testSession, "isrcPrefix", "GB-A1B")
        verify(!field.visible, "set: the field goes")
        verify(assign.enabled)
        verify(assign.text.indexOf("GB-A1B") >= 0, assign.text)

        // Change Prefix… opens the field with the keyboard in it; Assign waits meanwhile.
        verify(change.visible && change.enabled)
        mouseClick(change)
        verify(field.visible)
        verify(field.editor.activeFocus)
        verify(!assign.enabled)
        // A refused prefix changes nothing and keeps the field open with the reason.
        field.choose("GB")
        verify(field.refused)
        compare(testSession.isrcPrefix, "GB-A1B")
        verify(field.visible)
        field.revert()
        field.choose("GB-C2D")
        tryCompare(testSession, "isrcPrefix", "GB-C2D")
        verify(!field.visible)
        verify(!change.checked)
        verify(assign.text.indexOf("GB-C2D") >= 0, assign.text)

        // Clicked again and given up: the prefix stays.
        mouseClick(change)
        verify(field.visible)
        mouseClick(change)
        verify(!field.visible)
        compare(testSession.isrcPrefix, "GB-C2D")
        testSession.setIsrcPrefix("GB-A1B") // as found, for a second run in the same process
    }
}
