// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Imprint.Models

// Under the track's fields: the work it records, its credits and its master ownership splits.
ColumnLayout {
    id: section

    required property CreditsCatalog credits
    required property var trackId
    /// The new work's title when the catalog has none for this recording yet.
    property string trackTitle

    spacing: 8

    RowLayout {
        Layout.fillWidth: true
        spacing: 8
        ChoiceField {
            objectName: "trackWorkField"
            Layout.fillWidth: true
            label: qsTr("Work (composition)")
            value: String(section.credits.trackWorkId)
            choices: section.credits.works.choices
            onCommitted: value => section.credits.setTrackWork(section.trackId, Number(value))
        }
        // A work the catalog does not have yet, named after the recording (renamed on Works).
        Button {
            objectName: "newWorkForTrackButton"
            Layout.alignment: Qt.AlignBottom
            visible: section.credits.trackWorkId === 0
            enabled: section.trackId > 0 && section.trackTitle.length > 0
            text: qsTr("New Work")
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Adds the work “%1” to the catalog, as the composition this track records")
                          .arg(section.trackTitle)
            onClicked: section.credits.createWorkForTrack(section.trackId, section.trackTitle)
        }
    }
    Label {
        text: qsTr("Credits")
        font.bold: true
        Layout.topMargin: 8
    }
    CreditsTable {
        objectName: "trackCredits"
        Layout.fillWidth: true
        credits: section.credits
        trackId: section.trackId
    }
    Label {
        text: qsTr("Master ownership")
        font.bold: true
        Layout.topMargin: 8
    }
    SplitsEditor {
        objectName: "masterSplits"
        Layout.fillWidth: true
        credits: section.credits
        saved: section.credits.masterShares
        emptyText: qsTr("Nobody owns the master yet.")
        onSaveRequested: rows => section.credits.saveMasterShares(section.trackId, rows)
    }
}
