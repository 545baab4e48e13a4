// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Imprint.Models

// File › Open Team Catalog…: a catalog on a PostgreSQL server that several people share. The
// address is checked as it is typed and the server is tried before Imprint switches to it, so a
// typo, a server that does not answer or a missing password is said here, under the field.
Dialog {
    id: dialog

    /// The catalog at address opened: the window switches to it.
    signal openRequested(string address)

    readonly property string addressProblem: teamCheck.addressProblem(addressField.text)

    /// Opens the dialog; with an address (a team catalog from Open Recent) it is tried at once,
    /// so Imprint switches only to a catalog that opens, or says here why not.
    function ask(address) {
        passwordField.clear()
        if (address)
            addressField.text = address
        open()
        addressField.forceActiveFocus()
        addressField.selectAll()
        if (address)
            tryOpen()
    }
    function tryOpen() {
        if (addressField.text.trim().length > 0 && dialog.addressProblem.length === 0 && !teamCheck.busy)
            teamCheck.check(addressField.text, passwordField.text)
    }

    objectName: "teamCatalogDialog"
    title: qsTr("Open Team Catalog")
    modal: true
    anchors.centerIn: Overlay.overlay
    width: 480
    margins: 20
    // The popup took the form's height before the note had wrapped to its lines; this follows it.
    contentHeight: form.implicitHeight
    closePolicy: teamCheck.busy ? Popup.NoAutoClose : Popup.CloseOnEscape

    TeamCatalogCheck {
        id: teamCheck
        onReady: address => {
            dialog.close()
            dialog.openRequested(address)
        }
        onNeedsPasswordChanged: if (needsPassword) passwordField.forceActiveFocus()
    }

    footer: DialogButtonBox {
        Button {
            objectName: "openTeamCatalogButton"
            text: qsTr("Open")
            enabled: addressField.text.trim().length > 0 && dialog.addressProblem.length === 0
                     && !teamCheck.busy
            onClicked: dialog.tryOpen()
        }
        Button {
            text: qsTr("Cancel")
            enabled: !teamCheck.busy
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
    }

    ColumnLayout {
        id: form
        objectName: "teamCatalogForm"
        anchors.fill: parent
        spacing: 4

        Label {
            text: qsTr("Server address")
        }
        TextField {
            id: addressField
            objectName: "teamCatalogAddress"
            Layout.fillWidth: true
            placeholderText: "postgresql://me@catalog.example.org/label"
            Accessible.name: qsTr("Server address")
            Accessible.description: addressMessage.text
            inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
            enabled: !teamCheck.busy
            onAccepted: dialog.tryOpen()
            ProblemOutline {
                message: addressMessage
            }
        }
        InlineMessage {
            id: addressMessage
            objectName: "teamCatalogAddressProblem"
            Layout.fillWidth: true
            maximumTextWidth: 420
            text: dialog.addressProblem
        }
        Label {
            Layout.topMargin: 6
            text: qsTr("Password")
        }
        TextField {
            id: passwordField
            objectName: "teamCatalogPassword"
            Layout.fillWidth: true
            echoMode: TextInput.Password
            placeholderText: qsTr("Only if the server asks for one")
            Accessible.name: qsTr("Password")
            enabled: !teamCheck.busy
            onAccepted: dialog.tryOpen()
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            opacity: 0.75
            font.pixelSize: 12
            text: qsTr("A password typed here is kept in memory while Imprint runs, never saved. Imprint also finds one where PostgreSQL tools look: ~/.pgpass, a service file or PGPASSWORD.")
        }
        RowLayout {
            Layout.topMargin: 6
            visible: teamCheck.busy
            BusyIndicator {
                running: teamCheck.busy
                Layout.preferredWidth: 24
                Layout.preferredHeight: 24
            }
            Label {
                text: qsTr("Connecting…")
            }
        }
        // What the server said when the catalog could not be opened.
        InlineMessage {
            objectName: "teamCatalogProblem"
            Layout.fillWidth: true
            maximumTextWidth: 420
            text: teamCheck.busy ? "" : teamCheck.problem
        }
    }
}
