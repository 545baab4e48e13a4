// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Imprint.Models

// The selected work: title, ISWC (checked as typed), writers' publishing shares and the
// recordings of it.
ScrollView {
    id: view

    required property CreditsCatalog credits
    /// Shown, not edited (a viewer of a team catalog).
    property bool readOnly: false
    readonly property var work: credits.currentWork
    readonly property var workId: work.id !== undefined ? work.id : 0

    contentWidth: availableWidth

    ColumnLayout {
        width: view.availableWidth
        enabled: !view.readOnly
        spacing: 12

        EditableField {
            objectName: "workTitleField"
            Layout.fillWidth: true
            label: qsTr("Title")
            value: view.work.title !== undefined ? view.work.title : ""
            onCommitted: text => view.credits.setWorkField(view.workId, "title", text)
        }
        EditableField {
            id: iswcField
            objectName: "iswcField"
            Layout.fillWidth: true
            label: qsTr("ISWC")
            placeholder: qsTr("T-ddd.ddd.ddd-c")
            value: view.work.iswc !== undefined ? view.work.iswc : ""
            error: {
                const typed = iswcField.editor.text
                const check = Identifiers.validate("iswc", typed)
                return typed.length > 0 && !check.valid ? check.reason : ""
            }
            onCommitted: text => view.credits.setWorkField(view.workId, "iswc", text)
        }
        Label {
            text: qsTr("Writers and publishers")
            font.bold: true
            Layout.topMargin: 8
        }
        SplitsEditor {
            objectName: "workShares"
            Layout.fillWidth: true
            credits: view.credits
            saved: view.credits.workShares
            roles: view.credits.writerRoles
            emptyText: qsTr("No writers yet.")
            onSaveRequested: rows => view.credits.saveWorkShares(view.workId, rows)
        }
        Label {
            text: qsTr("Recordings of this work")
            font.bold: true
            Layout.topMargin: 8
        }
        Label {
            visible: view.credits.workTracks.length === 0
            text: qsTr("No recording is linked to this work yet.")
            opacity: 0.7
        }
        Repeater {
            model: view.credits.workTracks
            delegate: RowLayout {
                id: recording
                required property var modelData
                Layout.fillWidth: true
                Label {
                    Layout.fillWidth: true
                    text: recording.modelData.text
                    elide: Text.ElideRight
                }
                ToolButton {
                    text: qsTr("Unlink")
                    onClicked: view.credits.setTrackWork(recording.modelData.value, 0)
                }
            }
        }
        TrackSearchField {
            objectName: "linkRecordingSearch"
            Layout.fillWidth: true
            placeholderText: qsTr("Link a recording: type its title, artist or ISRC")
            results: view.credits.recordingCandidates
            onSearchRequested: text => view.credits.searchRecordings(text)
            onPicked: trackId => view.credits.setTrackWork(trackId, view.workId)
        }
    }
}
