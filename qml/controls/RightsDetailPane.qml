// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import Imprint
import QtQuick.Controls
import QtQuick.Layouts
import Imprint.Models

// The selected track on the rights page: why a verdict is what it is and what sync needs, then
// the records behind it to edit: provenance, clearance items, human contributions.
Pane {
    id: pane

    required property RightsCatalog rights
    /// Master ownership of the selected track is edited here too (the catalog page's editor).
    required property CreditsCatalog credits
    property var reasons: []
    property bool cellSelected: false
    /// Shown, not changed (a viewer of a team catalog).
    property bool readOnly: false

    signal editClearance(var item)

    /// Opens a tab by its key (a fix link's target): why, provenance, clearance, people, splits.
    function openTab(key) {
        const index = ["why", "provenance", "clearance", "people", "splits"].indexOf(key)
        if (index >= 0)
            tabs.currentIndex = index
    }
    /// Brings a clearance item's row into view on the Clearance tab.
    function showClearanceItem(itemId) {
        clearanceList.showItem(itemId)
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 8

        Label {
            Layout.fillWidth: true
            text: pane.rights.currentTrackId > 0 ? pane.rights.current.title ?? "" : qsTr("Select a cell to see why")
            font.bold: true
            font.pixelSize: 18
            elide: Text.ElideRight
        }
        TabBar {
            id: tabs
            objectName: "rightsTabs"
            Layout.fillWidth: true
            enabled: pane.rights.currentTrackId > 0
            // baselineOffset: the desktop style's TabButton reads it from a contentItem it has not
            // got (a TypeError per tab in qqc2-desktop-style 6.13).
            TabButton { text: qsTr("Why"); baselineOffset: 0 }
            TabButton { text: qsTr("Provenance"); baselineOffset: 0 }
            TabButton { text: qsTr("Clearance"); baselineOffset: 0 }
            TabButton { text: qsTr("People"); baselineOffset: 0 }
            TabButton { text: qsTr("Splits"); baselineOffset: 0 }
        }
        // The track's facts are read when it is selected: until they are in, nothing below would
        // be its own (an empty checklist would read as "sync-ready").
        Label {
            objectName: "rightsReading"
            Layout.fillWidth: true
            Layout.fillHeight: true
            verticalAlignment: Text.AlignTop
            visible: pane.rights.currentTrackId > 0 && !pane.rights.currentReady
            text: qsTr("Reading the rights of this track…")
            opacity: 0.7
        }
        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: pane.rights.currentTrackId <= 0 || pane.rights.currentReady
            currentIndex: tabs.currentIndex

            ColumnLayout {
                spacing: 8
                Label {
                    visible: pane.cellSelected
                    text: qsTr("Why this verdict")
                    font.bold: true
                    font.pixelSize: 16
                }
                Label {
                    visible: pane.cellSelected && pane.reasons.length === 0
                    text: qsTr("Nothing stands in the way.")
                }
                FindingList {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredHeight: 1
                    here: "rights"
                    model: pane.reasons
                }
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap // a long line in German, wider than the pane at 1024 px
                    visible: pane.rights.currentTrackId > 0
                    text: qsTr("What does it take to make this sync-ready?")
                    font.bold: true
                    font.pixelSize: 16
                }
                Label {
                    objectName: "syncReady"
                    visible: pane.rights.currentTrackId > 0 && pane.rights.syncChecklist.length === 0
                    text: qsTr("Nothing: this track is sync-ready.")
                    color: Tones.positive
                    font.bold: true
                }
                FindingList {
                    objectName: "syncChecklist"
                    visible: pane.rights.currentTrackId > 0
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredHeight: 1
                    checklist: true
                    here: "rights"
                    model: pane.rights.syncChecklist
                }
            }
            ProvenanceForm {
                rights: pane.rights
                readOnly: pane.readOnly
            }
            ClearanceItemList {
                id: clearanceList
                rights: pane.rights
                readOnly: pane.readOnly
                onEditRequested: item => pane.editClearance(item)
            }
            ContributionList {
                rights: pane.rights
                readOnly: pane.readOnly
            }
            ColumnLayout {
                spacing: 8
                Label {
                    text: qsTr("Master ownership")
                    font.bold: true
                }
                SplitsEditor {
                    objectName: "rightsMasterSplits"
                    Layout.fillWidth: true
                    // The credits part follows the session's track, which follows this page's.
                    enabled: pane.credits.trackId === pane.rights.currentTrackId && !pane.readOnly
                    credits: pane.credits
                    saved: pane.credits.masterShares
                    emptyText: qsTr("Nobody owns the master yet.")
                    onSaveRequested: rows => pane.credits.saveMasterShares(pane.rights.currentTrackId, rows)
                }
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    text: pane.credits.trackWorkId > 0
                          ? qsTr("Writers' publishing shares belong to the work (the composition): edit them on the Works page.")
                          : qsTr("Writers' publishing shares belong to the work (the composition), and this track names none yet: name it in the track's details.")
                    opacity: 0.7
                }
                // Where those shares are edited: the track's work, or the field that names it.
                Button {
                    objectName: "editWorkSharesButton"
                    visible: ApplicationWindow.window !== null && ApplicationWindow.window.navigateTo !== undefined
                    // Both places edit the catalog, which a viewer cannot.
                    enabled: pane.credits.trackId === pane.rights.currentTrackId && !pane.readOnly
                    text: pane.credits.trackWorkId > 0 ? qsTr("Edit Publishing Shares…") : qsTr("Name the Work…")
                    onClicked: ApplicationWindow.window.navigateTo(pane.credits.trackWorkId > 0
                        ? { page: "works", record: "work", recordId: pane.credits.trackWorkId, tab: "", field: "workShares" }
                        : { page: "catalog", record: "track", recordId: pane.rights.currentTrackId, tab: "", field: "trackWorkField" })
                }
                Item {
                    Layout.fillHeight: true
                }
            }
        }
    }
}
