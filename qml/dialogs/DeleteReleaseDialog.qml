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
    // A fixed width (margins fit it into a small window): following the declaring panel's
    // layout made its text re-wrap while its height was computed, a binding loop in German.
    width: 460
    margins: 20
    onAccepted: planning.deleteRelease(releaseId)

    // The text is the dialog's content item, so the dialog gives it its width before asking
    // its height. A child label bound to availableWidth re-wraps while the dialog computes its
    // implicit height from it: a binding loop once a (German) text needs one more line.
    contentItem: Label {
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
