// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Imprint
import Imprint.Models

// "Assign ISRC": the next free code under the user's registrant prefix, which is asked for once.
// Change Prefix… asks again: a mistyped prefix, or a new one from the agency once a year's
// 99 999 codes are used up (Assign ISRC, beside it, says so).
ColumnLayout {
    id: assignment

    required property CatalogSession session
    property real trackId: 0
    /// The prefix field is open although a prefix is set (Change Prefix…).
    property bool changingPrefix: false
    readonly property bool hasPrefix: session.isrcPrefix.length > 0

    spacing: 4

    // Another track, or the pane hides this: what was being changed is given up.
    onTrackIdChanged: giveUpChange()
    onVisibleChanged: if (!visible) giveUpChange()
    function giveUpChange() {
        if (!changingPrefix)
            return
        // The text first: were the field to lose the keyboard as it hides, nothing is left to save.
        prefixField.revert()
        changingPrefix = false
    }

    EditableField {
        id: prefixField
        objectName: "isrcPrefixField"
        Layout.fillWidth: true
        visible: !assignment.hasPrefix || assignment.changingPrefix
        label: assignment.hasPrefix ? qsTr("Your new ISRC registrant prefix")
                                    : qsTr("Your ISRC registrant prefix, set once")
        placeholder: qsTr("CC-XXX, from your national ISRC agency or distributor")
        value: assignment.session.isrcPrefix
        error: {
            const typed = prefixField.editor.text
            const check = Identifiers.validate("isrcPrefix", typed)
            return typed.length > 0 && !check.valid ? check.reason : ""
        }
        onCommitted: text => {
            if (assignment.session.setIsrcPrefix(text))
                assignment.changingPrefix = false
        }
        onGivenUp: assignment.giveUpChange()
    }
    // A Flow: the two buttons stand side by side where the pane is wide enough (German is longer).
    Flow {
        Layout.fillWidth: true
        spacing: 4
        Button {
            objectName: "assignIsrcButton"
            text: assignment.hasPrefix ? qsTr("Assign ISRC (%1)").arg(assignment.session.isrcPrefix)
                                       : qsTr("Assign ISRC")
            enabled: assignment.hasPrefix && assignment.trackId > 0 && !assignment.changingPrefix
            onClicked: assignment.session.assignIsrc(assignment.trackId)
        }
        ToolButton {
            objectName: "changeIsrcPrefixButton"
            visible: assignment.hasPrefix
            enabled: !assignment.session.readOnly
            checkable: true
            checked: assignment.changingPrefix
            // A click taking the focus would end the typing in the field, which saves what was
            // typed; Tab still reaches it.
            focusPolicy: Qt.TabFocus
            text: qsTr("Change Prefix…")
            onToggled: {
                if (checked) {
                    assignment.changingPrefix = true
                    prefixField.editor.forceActiveFocus()
                } else {
                    assignment.giveUpChange()
                }
            }
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Assign codes under another registrant prefix from now on; codes already assigned stay")
        }
    }
}
