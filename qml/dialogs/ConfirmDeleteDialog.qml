// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import QtQuick.Controls

// Asks before something goes, saying what goes with it; the deletion is one undo step.
Dialog {
    id: dialog

    property string message

    signal confirmed()

    function ask(heading, text) {
        title = heading
        message = text
        open()
    }

    objectName: "confirmDeleteDialog"
    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(460, parent ? parent.width - 40 : 460)
    onAccepted: confirmed()

    Label {
        width: dialog.availableWidth
        wrapMode: Text.Wrap
        text: dialog.message + "\n" + qsTr("You can undo this with Ctrl+Z.")
    }

    footer: DialogButtonBox {
        Button {
            objectName: "confirmDelete"
            text: qsTr("Delete")
            DialogButtonBox.buttonRole: DialogButtonBox.DestructiveRole
            onClicked: dialog.accept()
        }
        Button {
            text: qsTr("Cancel")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
    }
}
