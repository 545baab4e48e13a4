// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import QtQuick.Controls
import Imprint.Models

// Asks before a release goes, naming what goes with it (its milestones and tasks); the deletion
// itself is one undo step that brings everything back.
Dialog {
    id: dialog

    required property PlanningSession planning
    property real releaseId: 0
    property var impact: ({})

    function ask(id) {
        releaseId = id
        impact = planning.deletionImpact(id)
        open()
    }

    objectName: "deleteReleaseDialog"
    title: qsTr("Delete Release")
    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(460, parent ? parent.width - 40 : 460)
    onAccepted: planning.deleteRelease(releaseId)

    Label {
        width: dialog.availableWidth
        wrapMode: Text.Wrap
        text: (dialog.impact.text || "") + "\n" + qsTr("You can undo this with Ctrl+Z.")
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
