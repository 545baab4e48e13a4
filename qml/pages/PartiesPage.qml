// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import org.kde.kirigami as Kirigami
import QtQuick.Controls
import QtQuick.Layouts
import Imprint
import Imprint.Models

// People and companies: pick one on the left, edit their identifiers, see all they are
// credited for.
Page {
    id: page

    required property CatalogSession session
    /// A viewer of a team catalog: what would change the catalog is off (the banner says why).
    property bool readOnly: session.readOnly
    readonly property CreditsCatalog credits: session.credits

    function askDelete() {
        if (page.credits.currentPartyId > 0 && !page.readOnly)
            confirmDelete.ask(qsTr("Delete Party"), qsTr("Delete the party “%1”? Only a party nothing refers to can go: one still credited, holding a share or named as an artist stays, and Imprint says what uses it.").arg(page.credits.currentParty.name))
    }

    // A fix link's target (Main.qml navigateTo): its party.
    function focusTarget(target) {
        if (target.record === "party" && target.recordId > 0)
            page.credits.currentPartyId = target.recordId
    }

    title: qsTr("Parties")

    RememberedSplitView {
        stateKey: "parties"
        anchors.fill: parent

        ColumnLayout {
            SplitView.preferredWidth: 300
            SplitView.minimumWidth: 220
            spacing: 0

            TextField {
                objectName: "newPartyField"
                enabled: !page.readOnly
                Layout.fillWidth: true
                Layout.margins: 8
                placeholderText: qsTr("New party: type a name, Enter")
                Accessible.name: qsTr("New party")
                selectByMouse: true
                onAccepted: {
                    if (page.credits.createParty(text))
                        clear()
                }
                Keys.onEscapePressed: clear()
            }
            ListView {
                id: list
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                model: page.credits.parties
                currentIndex: page.credits.parties.rowOf(page.credits.currentPartyId)
                keyNavigationEnabled: true
                Keys.onDeletePressed: page.askDelete()
                onCurrentIndexChanged: if (currentIndex >= 0) page.credits.currentPartyId = page.credits.parties.idAt(currentIndex)
                ScrollBar.vertical: ScrollBar {}
                delegate: ItemDelegate {
                    id: item
                    required property int index
                    required property string name
                    required property string pro
                    required property int creditCount
                    width: ListView.view.width
                    highlighted: ListView.isCurrentItem
                    onClicked: {
                        list.forceActiveFocus()
                        list.currentIndex = index
                    }
                    contentItem: ColumnLayout {
                        spacing: 0
                        Label {
                            Layout.fillWidth: true
                            text: item.name
                            font.bold: true
                            elide: Text.ElideRight
                            color: item.highlighted ? Kirigami.Theme.highlightedTextColor : Kirigami.Theme.textColor
                        }
                        Label {
                            Layout.fillWidth: true
                            text: [qsTr("%n credit(s) and share(s)", "", item.creditCount), item.pro]
                                  .filter(part => part.length > 0).join(" · ")
                            opacity: 0.75
                            font.pixelSize: 12
                            elide: Text.ElideRight
                            color: item.highlighted ? Kirigami.Theme.highlightedTextColor : Kirigami.Theme.textColor
                        }
                    }
                }
            }
            Button {
                objectName: "deletePartyButton"
                Layout.margins: 8
                text: qsTr("Delete Party…")
                enabled: page.credits.currentPartyId > 0 && !page.readOnly
                onClicked: page.askDelete()
            }
        }
        Pane {
            SplitView.fillWidth: true
            padding: 20
            PartyEditor {
                anchors.fill: parent
                visible: page.credits.currentPartyId > 0
                credits: page.credits
                readOnly: page.readOnly
            }
            Label {
                anchors.centerIn: parent
                visible: page.credits.currentPartyId <= 0
                text: page.credits.parties.count > 0 ? qsTr("Select a party to edit it.")
                                                     : qsTr("No parties yet: type a name on the left to add one.")
                opacity: 0.7
            }
        }
    }

    ConfirmDeleteDialog {
        id: confirmDelete
        onConfirmed: page.credits.deleteParty(page.credits.currentPartyId)
    }
}
