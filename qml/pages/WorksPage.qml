// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import org.kde.kirigami as Kirigami
import QtQuick.Controls
import QtQuick.Layouts
import Imprint
import Imprint.Models

// Works (compositions): pick one on the left, edit its ISWC, writers' shares and recordings.
Page {
    id: page

    required property CatalogSession session
    /// A viewer of a team catalog: what would change the catalog is off (the banner says why).
    property bool readOnly: session.readOnly
    readonly property CreditsCatalog credits: session.credits

    function askDelete() {
        if (page.credits.currentWorkId > 0 && !page.readOnly)
            confirmDelete.ask(qsTr("Delete Work"), qsTr("Delete the work “%1”? Its writers' shares go with it, and %n recording(s) are unlinked from it (the recordings stay).", "", page.credits.currentWork.trackCount).arg(page.credits.currentWork.title))
    }

    // A fix link's target (Main.qml navigateTo): its work.
    function focusTarget(target) {
        if (target.record === "work" && target.recordId > 0)
            page.credits.currentWorkId = target.recordId
    }

    title: qsTr("Works")

    RememberedSplitView {
        stateKey: "works"
        anchors.fill: parent

        ColumnLayout {
            SplitView.preferredWidth: 300
            SplitView.minimumWidth: 220
            spacing: 0

            TextField {
                id: newWork
                objectName: "newWorkField"
                enabled: !page.readOnly
                Layout.fillWidth: true
                Layout.margins: 8
                placeholderText: qsTr("New work: type a title, Enter")
                Accessible.name: qsTr("New work")
                selectByMouse: true
                onAccepted: {
                    if (page.credits.createWork(text))
                        clear()
                }
                Keys.onEscapePressed: clear()
            }
            ListView {
                id: list
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                model: page.credits.works
                currentIndex: page.credits.works.rowOf(page.credits.currentWorkId)
                keyNavigationEnabled: true
                Keys.onDeletePressed: page.askDelete()
                onCurrentIndexChanged: if (currentIndex >= 0) page.credits.currentWorkId = page.credits.works.idAt(currentIndex)
                ScrollBar.vertical: ScrollBar {}
                delegate: ItemDelegate {
                    id: item
                    required property int index
                    required property string title
                    required property string iswc
                    required property string writers
                    required property int trackCount
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
                            text: item.title
                            font.bold: true
                            elide: Text.ElideRight
                            color: item.highlighted ? Kirigami.Theme.highlightedTextColor : Kirigami.Theme.textColor
                        }
                        Label {
                            Layout.fillWidth: true
                            text: [item.iswc.length > 0 ? item.iswc : qsTr("no ISWC"), item.writers,
                                   qsTr("%n recording(s)", "", item.trackCount)].filter(part => part.length > 0).join(" · ")
                            opacity: 0.75
                            font.pixelSize: 12
                            elide: Text.ElideRight
                            color: item.highlighted ? Kirigami.Theme.highlightedTextColor : Kirigami.Theme.textColor
                        }
                    }
                }
            }
            Button {
                objectName: "deleteWorkButton"
                Layout.margins: 8
                text: qsTr("Delete Work…")
                enabled: page.credits.currentWorkId > 0 && !page.readOnly
                onClicked: page.askDelete()
            }
        }
        Pane {
            SplitView.fillWidth: true
            padding: 20
            WorkEditor {
                anchors.fill: parent
                visible: page.credits.currentWorkId > 0
                credits: page.credits
                readOnly: page.readOnly
            }
            Label {
                anchors.centerIn: parent
                visible: page.credits.currentWorkId <= 0
                text: page.credits.works.count > 0 ? qsTr("Select a work to edit it.")
                                                   : qsTr("No works yet: type a title on the left to add one.")
                opacity: 0.7
            }
        }
    }

    ConfirmDeleteDialog {
        id: confirmDelete
        onConfirmed: page.credits.deleteWork(page.credits.currentWorkId)
    }
}
