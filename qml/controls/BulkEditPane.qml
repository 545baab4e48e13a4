// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import Imprint
import QtQuick.Controls
import QtQuick.Layouts
import Imprint.Models

// Several selected tracks edited together: fields they share show their value, fields that
// differ show "(mixed)" and stay as they are unless typed in. Enter applies every changed field
// to every selected track as one undo step; Esc cancels.
Pane {
    id: pane

    required property BulkTrackEdit bulk
    /// Shown, not changed (a viewer of a team catalog).
    property bool readOnly: false
    readonly property var textFields: [artistField, genreField, languageField, bpmField, keyField, moodField,
        labelField]
    readonly property var choiceFields: [explicitBox, vocalsBox]
    readonly property bool edited: textFields.some(f => f.edited) || choiceFields.some(f => f.edited)
    readonly property bool valid: textFields.every(f => f.error.length === 0)

    /// Editing ended (applied or cancelled): the table takes the keyboard back.
    signal done()

    /// Puts the keyboard in the first field (Enter on the table).
    function startEditing() {
        artistField.editor.forceActiveFocus()
    }
    function reset() {
        textFields.forEach(f => f.reset())
        choiceFields.forEach(f => f.reset())
    }
    function cancel() {
        reset()
        done()
    }
    function apply() {
        if (!edited || !valid || readOnly)
            return
        const changes = {}
        textFields.filter(f => f.edited).forEach(f => changes[f.name] = f.text)
        choiceFields.filter(f => f.edited).forEach(f => changes[f.name] = f.value)
        if (pane.bulk.apply(changes)) {
            reset()
            done()
        }
    }

    // Another selection starts from its own values.
    Connections {
        target: pane.bulk.selection
        function onChanged() { pane.reset() }
    }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: parent.width
            enabled: !pane.readOnly
            spacing: 12

            Label {
                objectName: "bulkTitle"
                Layout.fillWidth: true
                text: qsTr("%n track(s) selected", "", pane.bulk.count)
                font.pixelSize: 20
                font.bold: true
                wrapMode: Text.Wrap
            }
            Label {
                objectName: "bulkHidden"
                Layout.fillWidth: true
                visible: pane.bulk.selection.hiddenCount > 0
                text: qsTr("%n of them hidden by the search; they change too.", "", pane.bulk.selection.hiddenCount)
                color: Tones.negative
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Fields that differ show (mixed) and stay as each track has them unless you type a value. Enter applies to every selected track, Esc cancels.")
                wrapMode: Text.Wrap
                opacity: 0.7
            }
            BulkField {
                id: artistField
                objectName: "bulkArtist"
                Layout.fillWidth: true
                bulk: pane.bulk
                name: "artist"
                label: qsTr("Primary artist")
                onAccepted: pane.apply()
                onCancelled: pane.cancel()
            }
            BulkField {
                id: genreField
                objectName: "bulkGenre"
                Layout.fillWidth: true
                bulk: pane.bulk
                name: "genre"
                label: qsTr("Genre")
                onAccepted: pane.apply()
                onCancelled: pane.cancel()
            }
            BulkField {
                id: languageField
                objectName: "bulkLanguage"
                Layout.fillWidth: true
                bulk: pane.bulk
                name: "language"
                label: qsTr("Language")
                onAccepted: pane.apply()
                onCancelled: pane.cancel()
            }
            BulkChoiceField {
                id: explicitBox
                objectName: "bulkExplicit"
                Layout.fillWidth: true
                bulk: pane.bulk
                name: "explicit"
                label: qsTr("Explicit")
                choices: [{ value: "", text: qsTr("Not set") }, { value: "0", text: qsTr("No (clean)") },
                    { value: "1", text: qsTr("Yes") }]
                onAccepted: pane.apply()
                onCancelled: pane.cancel()
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: 12
                BulkField {
                    id: bpmField
                    objectName: "bulkBpm"
                    Layout.preferredWidth: 90
                    Layout.alignment: Qt.AlignTop
                    bulk: pane.bulk
                    name: "bpm"
                    label: qsTr("BPM")
                    onAccepted: pane.apply()
                    onCancelled: pane.cancel()
                }
                BulkField {
                    id: keyField
                    objectName: "bulkKey"
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignTop
                    bulk: pane.bulk
                    name: "key"
                    label: qsTr("Key")
                    onAccepted: pane.apply()
                    onCancelled: pane.cancel()
                }
            }
            BulkField {
                id: moodField
                objectName: "bulkMood"
                Layout.fillWidth: true
                bulk: pane.bulk
                name: "mood"
                label: qsTr("Moods")
                onAccepted: pane.apply()
                onCancelled: pane.cancel()
            }
            BulkChoiceField {
                id: vocalsBox
                objectName: "bulkVocals"
                Layout.fillWidth: true
                bulk: pane.bulk
                name: "hasVocals"
                label: qsTr("Vocals")
                choices: [{ value: "", text: qsTr("Not known") }, { value: "1", text: qsTr("With vocals") },
                    { value: "0", text: qsTr("Instrumental (no vocals)") }]
                onAccepted: pane.apply()
                onCancelled: pane.cancel()
            }
            BulkField {
                id: labelField
                objectName: "bulkLabel"
                Layout.fillWidth: true
                bulk: pane.bulk
                name: "label"
                label: qsTr("Label")
                note: pane.bulk.tracksWithoutRelease > 0
                      ? qsTr("Set on their %n release(s); %1 on no release keep none.", "", pane.bulk.releaseCount)
                            .arg(qsTr("%n track(s)", "", pane.bulk.tracksWithoutRelease))
                      : qsTr("Set on their %n release(s).", "", pane.bulk.releaseCount)
                onAccepted: pane.apply()
                onCancelled: pane.cancel()
            }
            RowLayout {
                Layout.fillWidth: true
                Item {
                    Layout.fillWidth: true
                }
                Button {
                    text: qsTr("Cancel")
                    enabled: pane.edited
                    onClicked: pane.cancel()
                }
                Button {
                    objectName: "bulkApply"
                    text: qsTr("Apply to %n track(s)", "", pane.bulk.count)
                    highlighted: true
                    enabled: pane.edited && pane.valid
                    onClicked: pane.apply()
                }
            }
        }
    }
}
