// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.kde.kirigami as Kirigami
import Imprint.Models

// Someone else changed a field while you were editing it (a team catalog, or another window on
// the same catalog): your edit was not written over theirs. Says both values and asks which to
// keep; closing it keeps theirs, which the track already shows.
Dialog {
    id: dialog

    required property CatalogSession session
    readonly property var conflict: session.conflict

    objectName: "editConflictDialog"
    title: qsTr("Changed by Someone Else")
    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(Kirigami.Units.gridUnit * 30, (Overlay.overlay?.width ?? 560) - 40)
    contentHeight: form.implicitHeight
    closePolicy: Popup.CloseOnEscape
    onRejected: session.resolveConflict(false)
    onAccepted: session.resolveConflict(true)

    // Open while a conflict waits: opened when one arrives, and again once closed when the next
    // one is waiting (the session asks about each in turn).
    function follow() {
        if (Object.keys(session.conflict).length > 0) {
            if (!visible)
                open()
        } else if (visible) {
            close()
        }
    }
    onClosed: follow()
    Connections {
        target: dialog.session
        function onConflictChanged() {
            dialog.follow()
        }
    }

    ColumnLayout {
        id: form
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: Kirigami.Units.largeSpacing

        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: qsTr("While you were editing, someone else changed the same value. Your change was not "
                       + "saved over theirs.")
        }
        // The record and the field each on a line of their own: no sentence to inflect the
        // field's name into (German needs an article), and a retitled record reads plainly.
        GridLayout {
            Layout.fillWidth: true
            columns: 2
            Label {
                text: dialog.conflict.kind === "release" ? qsTr("Release:")
                    : dialog.conflict.kind === "work" ? qsTr("Work:")
                    : dialog.conflict.kind === "party" ? qsTr("Party:")
                    : dialog.conflict.kind === "terms" ? qsTr("Terms of:")
                    : dialog.conflict.kind === "profile" ? qsTr("Delivery profile:") : qsTr("Track:")
                font.bold: true
                Layout.alignment: Qt.AlignTop
            }
            Label {
                objectName: "conflictRecord"
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: dialog.conflict.record ?? ""
            }
            Label {
                text: qsTr("Field:")
                font.bold: true
                Layout.alignment: Qt.AlignTop
            }
            Label {
                objectName: "conflictField"
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: dialog.conflict.fieldName ?? ""
            }
            Label {
                text: qsTr("In the catalog now:")
                font.bold: true
                Layout.alignment: Qt.AlignTop
            }
            Label {
                objectName: "theirsValue"
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: dialog.conflict.theirsText ?? ""
            }
            Label {
                text: qsTr("Yours:")
                font.bold: true
                Layout.alignment: Qt.AlignTop
            }
            Label {
                objectName: "yoursValue"
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: dialog.conflict.yoursText ?? ""
            }
        }
    }

    footer: DialogButtonBox {
        Button {
            objectName: "useMineButton"
            text: qsTr("Use Mine")
            Accessible.description: qsTr("Save your value over the one in the catalog")
            DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
        }
        Button {
            objectName: "keepTheirsButton"
            text: qsTr("Keep Theirs")
            Accessible.description: qsTr("Keep the value in the catalog; yours is dropped")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
    }
}
