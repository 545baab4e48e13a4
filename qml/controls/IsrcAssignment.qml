// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Imprint
import Imprint.Models

// "Assign ISRC": the next free code under the user's registrant prefix, which is asked for once.
ColumnLayout {
    id: assignment

    required property CatalogSession session
    property real trackId: 0

    spacing: 4

    EditableField {
        id: prefixField
        objectName: "isrcPrefixField"
        Layout.fillWidth: true
        visible: assignment.session.isrcPrefix.length === 0
        label: qsTr("Your ISRC registrant prefix, set once")
        placeholder: qsTr("CC-XXX, from your national ISRC agency or distributor")
        value: assignment.session.isrcPrefix
        error: {
            const typed = prefixField.editor.text
            const check = Identifiers.validate("isrcPrefix", typed)
            return typed.length > 0 && !check.valid ? check.reason : ""
        }
        onCommitted: text => assignment.session.setIsrcPrefix(text)
    }
    Button {
        objectName: "assignIsrcButton"
        text: assignment.session.isrcPrefix.length > 0
              ? qsTr("Assign ISRC (%1)").arg(assignment.session.isrcPrefix)
              : qsTr("Assign ISRC")
        enabled: assignment.session.isrcPrefix.length > 0 && assignment.trackId > 0
        onClicked: assignment.session.assignIsrc(assignment.trackId)
    }
}
