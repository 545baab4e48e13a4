// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import QtTest
import Imprint
import "ItemWalk.js" as Walk

// The ISRC registrant prefix is asked for once, and Change Prefix… asks again: a mistyped prefix,
// or the new one an agency gives once a year's codes under the old one are used up. Giving the
// change up (the button again, Esc, another track) keeps the prefix. On a catalog of its own
// (isrcWorld): the prefix is stored in it.
TestCase {
    id: testCase
    name: "IsrcAssignment"
    when: windowShown
    visible: true
    width: 420
    height: 300

    readonly property var session: isrcWorld.session

    Component {
        id: assignmentComponent
        IsrcAssignment {
            width: testCase.width
            session: testCase.session
        }
    }

    function typeInto(field, text) {
        field.editor.forceActiveFocus()
        field.editor.selectAll()
        for (const c of text)
            keyClick(c)
    }

    function test_aPrefixSetOnceCanBeChanged() {
        compare(session.isrcPrefix, "")
        const assignment = createTemporaryObject(assignmentComponent, testCase, { trackId: 7 })
        const field = Walk.findNamed(assignment, "isrcPrefixField")
        const change = Walk.findNamed(assignment, "changeIsrcPrefixButton")
        const assign = Walk.findNamed(assignment, "assignIsrcButton")
        verify(field.visible, "asked for once")
        verify(!change.visible)
        verify(!assign.enabled)
        typeInto(field, "GB-A1B")
        keyClick(Qt.Key_Return)
        tryCompare(session, "isrcPrefix", "GB-A1B")
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
        typeInto(field, "GB")
        keyClick(Qt.Key_Return)
        verify(field.refused)
        compare(session.isrcPrefix, "GB-A1B")
        verify(field.visible)
        typeInto(field, "GB-C2D")
        keyClick(Qt.Key_Return)
        tryCompare(session, "isrcPrefix", "GB-C2D")
        verify(!field.visible)
        verify(!change.checked)
        verify(assign.text.indexOf("GB-C2D") >= 0, assign.text)

        // Typed, then given up with the button: nothing is saved and the field closes.
        mouseClick(change)
        typeInto(field, "GB-X9Y")
        mouseClick(change)
        verify(!field.visible)
        verify(!change.checked)
        wait(50)
        compare(session.isrcPrefix, "GB-C2D")
        // … with Esc.
        mouseClick(change)
        typeInto(field, "GB-X9Y")
        keyClick(Qt.Key_Escape)
        verify(!field.visible)
        compare(session.isrcPrefix, "GB-C2D")
        // … by going to another track.
        mouseClick(change)
        verify(field.visible)
        assignment.trackId = 8
        verify(!field.visible)
        verify(assign.enabled)
        compare(session.isrcPrefix, "GB-C2D")
    }
}
