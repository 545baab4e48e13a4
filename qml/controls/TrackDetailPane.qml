// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Imprint
import Imprint.Models

// The selected track: its fields are edited here (undo with Ctrl+Z).
Pane {
    id: pane

    required property CatalogSession session
    readonly property var track: session.currentTrack
    /// Shown, not changed (a viewer of a team catalog).
    property bool readOnly: false
    readonly property bool hasTrack: track.id !== undefined

    /// The track is on no release and the catalog has none: New Release….
    signal newReleaseRequested()

    // Edit (the table's context menu): the keyboard in the title, to change it.
    function startEditing() {
        titleField.editor.forceActiveFocus()
        titleField.editor.selectAll()
    }

    function text(key) {
        return pane.track[key] !== undefined ? String(pane.track[key]) : ""
    }
    // Why the typed value would be refused (the catalog's rules for the field), or empty.
    function problem(field, typed) {
        return typed.length > 0 ? pane.session.bulkEdit.check(field, typed) : ""
    }

    Label {
        anchors.centerIn: parent
        visible: !pane.hasTrack
        text: qsTr("Select a track to see its details.")
        opacity: 0.7
    }

    ScrollView {
        anchors.fill: parent
        visible: pane.hasTrack
        contentWidth: availableWidth

        ColumnLayout {
            width: parent.width
            enabled: !pane.readOnly
            spacing: 12

            Label {
                Layout.fillWidth: true
                text: pane.text("title")
                font.pixelSize: 20
                font.bold: true
                wrapMode: Text.Wrap
            }
            EditableField {
                id: titleField
                objectName: "titleField"
                Layout.fillWidth: true
                label: qsTr("Title")
                value: pane.text("title")
                onCommitted: text => pane.session.setTrackField(pane.track.id, "title", text)
            }
            EditableField {
                objectName: "artistField"
                Layout.fillWidth: true
                label: qsTr("Artist")
                value: pane.text("artist")
                onCommitted: text => pane.session.setTrackField(pane.track.id, "artist", text)
            }
            EditableField {
                objectName: "versionField"
                Layout.fillWidth: true
                label: qsTr("Version")
                value: pane.text("version")
                placeholder: qsTr("Original")
                onCommitted: text => pane.session.setTrackField(pane.track.id, "version", text)
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: 12
                EditableField {
                    objectName: "genreField"
                    Layout.fillWidth: true
                    label: qsTr("Genre")
                    value: pane.text("genre")
                    onCommitted: text => pane.session.setTrackField(pane.track.id, "genre", text)
                }
                EditableField {
                    objectName: "languageField"
                    Layout.preferredWidth: 90
                    label: qsTr("Language")
                    value: pane.text("language")
                    onCommitted: text => pane.session.setTrackField(pane.track.id, "language", text)
                }
            }
            ChoiceField {
                objectName: "explicitField"
                Layout.fillWidth: true
                label: qsTr("Explicit")
                value: pane.text("explicit")
                choices: [{ value: "", text: qsTr("Not set") }, { value: "0", text: qsTr("No (clean)") },
                    { value: "1", text: qsTr("Yes") }]
                onCommitted: value => pane.session.setTrackField(pane.track.id, "explicit", value)
            }
            // What music supervisors search by (sync readiness asks for each of them). What is
            // wrong with a typed BPM or key shows under both, where the pane has room for it.
            RowLayout {
                Layout.fillWidth: true
                spacing: 12
                EditableField {
                    id: bpmField
                    objectName: "trackBpmField"
                    Layout.preferredWidth: 90
                    label: qsTr("BPM")
                    placeholder: qsTr("e.g. 120")
                    value: pane.text("bpm")
                    onCommitted: text => pane.session.setTrackField(pane.track.id, "bpm", text)
                }
                EditableField {
                    id: keyField
                    objectName: "trackKeyField"
                    Layout.fillWidth: true
                    label: qsTr("Key")
                    placeholder: qsTr("e.g. F# minor")
                    value: pane.text("key")
                    onCommitted: text => pane.session.setTrackField(pane.track.id, "key", text)
                }
            }
            InlineMessage {
                objectName: "tempoKeyProblem"
                Layout.fillWidth: true
                text: pane.problem("bpm", bpmField.editor.text) || pane.problem("key", keyField.editor.text)
            }
            EditableField {
                objectName: "trackMoodField"
                Layout.fillWidth: true
                label: qsTr("Moods")
                placeholder: qsTr("e.g. uplifting, tense")
                value: pane.text("mood")
                onCommitted: text => pane.session.setTrackField(pane.track.id, "mood", text)
            }
            ChoiceField {
                objectName: "trackVocalsField"
                Layout.fillWidth: true
                label: qsTr("Vocals")
                value: pane.text("hasVocals")
                choices: [{ value: "", text: qsTr("Not known") }, { value: "1", text: qsTr("With vocals") },
                    { value: "0", text: qsTr("Instrumental (no vocals)") }]
                onCommitted: value => pane.session.setTrackField(pane.track.id, "hasVocals", value)
            }
            DetailField {
                Layout.fillWidth: true
                label: qsTr("Release")
                value: pane.text("release")
            }
            AddToRelease {
                Layout.fillWidth: true
                visible: pane.text("release").length === 0
                session: pane.session
                trackId: pane.track.id ?? 0
                onNewReleaseRequested: pane.newReleaseRequested()
            }
            EditableField {
                id: isrcField
                objectName: "isrcField"
                Layout.fillWidth: true
                label: qsTr("ISRC")
                placeholder: qsTr("CC-XXX-YY-NNNNN")
                value: pane.text("isrc")
                error: {
                    const typed = isrcField.editor.text
                    const check = Identifiers.validate("isrc", typed)
                    return typed.length > 0 && !check.valid ? check.reason : ""
                }
                onCommitted: text => pane.session.setTrackField(pane.track.id, "isrc", text)
            }
            IsrcAssignment {
                Layout.fillWidth: true
                // Also for a stored code that is not one (an import's typo): a new one replaces it.
                visible: pane.text("isrc").length === 0 || !Identifiers.validate("isrc", pane.text("isrc")).valid
                session: pane.session
                trackId: pane.hasTrack ? pane.track.id : 0
            }
            RowLayout {
                spacing: 24
                DetailField {
                    label: qsTr("Duration")
                    value: pane.text("duration")
                }
                DetailField {
                    label: qsTr("Stems")
                    value: pane.text("stems")
                }
                DetailField {
                    objectName: "trackCutdownCount"
                    label: qsTr("Cut-downs")
                    value: pane.text("cutdowns")
                }
            }
            TrackFileList {
                objectName: "trackFiles"
                Layout.fillWidth: true
                files: pane.session.files
                readOnly: pane.session.readOnly
            }
            // No audio yet (a track planned on a release): its master is chosen here.
            TrackAudioAttachment {
                objectName: "trackAudioAttachment"
                Layout.fillWidth: true
                visible: pane.hasTrack && pane.text("path").length === 0
                session: pane.session
                trackId: pane.hasTrack ? pane.track.id : 0
                readOnly: pane.session.readOnly
            }
            StemAttachment {
                objectName: "stemAttachment"
                Layout.fillWidth: true
                session: pane.session
                trackId: pane.hasTrack ? pane.track.id : 0
                hasMaster: pane.text("path").length > 0
                readOnly: pane.session.readOnly
            }
            CutdownAttachment {
                objectName: "cutdownAttachment"
                Layout.fillWidth: true
                session: pane.session
                trackId: pane.hasTrack ? pane.track.id : 0
                readOnly: pane.session.readOnly
            }
            DetailField {
                Layout.fillWidth: true
                label: qsTr("Format")
                value: pane.text("format")
            }
            DetailField {
                Layout.fillWidth: true
                label: qsTr("Master file")
                value: pane.text("path")
            }
            TrackVersionsSection {
                objectName: "trackVersions"
                Layout.fillWidth: true
                versions: pane.session.versions
                trackId: pane.hasTrack ? pane.track.id : 0
                onTrackActivated: trackId => pane.session.currentTrackId = trackId
            }
            TrackCreditsSection {
                Layout.fillWidth: true
                Layout.topMargin: 8
                credits: pane.session.credits
                trackId: pane.hasTrack ? pane.track.id : 0
                trackTitle: pane.text("title")
            }
        }
    }
}
