// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import org.kde.kirigami as Kirigami
import QtQuick.Controls
import QtQuick.Layouts
import Imprint
import Imprint.Models
import Imprint.App

// Every field of the selected release; each edit is saved at once and undoable (Ctrl+Z).
ScrollView {
    id: editor

    required property ReleaseCatalog releases
    required property PlanningSession planning
    /// Artwork and planned tracks' audio files (optional: without it, those controls do nothing).
    property ReleasePlanController planner
    /// Shown, not edited (a viewer of a team catalog).
    property bool readOnly: false
    readonly property var release: releases.current

    /// The user asked to write the release's values into its tracks' files.
    signal writeTagsRequested()
    /// The artwork needs this computer's folder for the team catalog's files (File › Library Folder…).
    signal libraryFolderRequested()

    function text(key) {
        return editor.release[key] !== undefined ? String(editor.release[key]) : ""
    }
    function commit(key, value) {
        editor.releases.setField(editor.release.id, key, value)
    }

    contentWidth: availableWidth

    ColumnLayout {
        width: editor.availableWidth
        enabled: !editor.readOnly
        spacing: 16

        RowLayout {
            Layout.fillWidth: true
            Label {
                Layout.fillWidth: true
                text: editor.text("title")
                font.pixelSize: 22
                font.bold: true
                wrapMode: Text.Wrap
            }
            Button {
                objectName: "writeReleaseTagsButton"
                text: qsTr("Write Tags…")
                enabled: editor.releases.currentTracks.length > 0
                onClicked: editor.writeTagsRequested()
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Write the catalog's values into the files of this release's tracks (Ctrl+Shift+T)")
            }
            Button {
                objectName: "deleteReleaseButton"
                text: qsTr("Delete…")
                onClicked: deleteDialog.ask(editor.release.id)
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Delete this release and its plan; its tracks stay in the catalog")
            }
        }
        DeleteReleaseDialog {
            id: deleteDialog
            planning: editor.planning
        }

        // The cover beside the fields when there is room, under them in a narrow pane; the
        // fields in one column when even two would be cramped.
        GridLayout {
            Layout.fillWidth: true
            columns: editor.availableWidth >= Kirigami.Units.gridUnit * 34 ? 2 : 1
            columnSpacing: 24
            rowSpacing: 16

            GridLayout {
                id: fields
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
                columns: editor.availableWidth >= Kirigami.Units.gridUnit * 20 ? 2 : 1
                columnSpacing: 16
                rowSpacing: 10

                EditableField {
                    objectName: "releaseTitleField"
                    Layout.fillWidth: true
                    Layout.columnSpan: fields.columns
                    label: qsTr("Title")
                    value: editor.text("title")
                    onCommitted: text => editor.commit("title", text)
                }
                ChoiceField {
                    Layout.fillWidth: true
                    label: qsTr("Type")
                    value: editor.text("type")
                    choices: [
                        { value: "single", text: qsTr("Single") },
                        { value: "ep", text: qsTr("EP") },
                        { value: "album", text: qsTr("Album") },
                        { value: "compilation", text: qsTr("Compilation") }
                    ]
                    onCommitted: value => editor.commit("type", value)
                }
                ChoiceField {
                    Layout.fillWidth: true
                    label: qsTr("Status")
                    value: editor.text("status")
                    choices: [
                        { value: "idea", text: qsTr("Idea") },
                        { value: "in_production", text: qsTr("In production") },
                        { value: "ready", text: qsTr("Ready") },
                        { value: "scheduled", text: qsTr("Scheduled") },
                        { value: "delivered", text: qsTr("Delivered") },
                        { value: "released", text: qsTr("Released") }
                    ]
                    onCommitted: value => editor.commit("status", value)
                }
                EditableField {
                    id: dateField
                    objectName: "releaseDateField"
                    Layout.fillWidth: true
                    label: qsTr("Release date")
                    placeholder: qsTr("YYYY-MM-DD")
                    datePicker: true
                    value: editor.text("releaseDate")
                    error: {
                        const typed = dateField.editor.text
                        return typed.length > 0 && typed !== dateField.value
                               ? editor.planning.releaseDateProblem(editor.release.id, typed) : ""
                    }
                    // A date goes through the plan, so milestones derived from it move along.
                    onCommitted: text => text.length > 0
                                 ? editor.planning.moveRelease(editor.release.id, text)
                                 : editor.commit("releaseDate", text)
                }
                DetailField {
                    Layout.fillWidth: true
                    label: qsTr("Primary artist")
                    value: editor.text("artist")
                }
                EditableField {
                    objectName: "releaseLabelField"
                    Layout.fillWidth: true
                    label: qsTr("Label")
                    value: editor.text("label")
                    onCommitted: text => editor.commit("label", text)
                }
                EditableField {
                    Layout.fillWidth: true
                    label: qsTr("Catalog number")
                    value: editor.text("catalogNumber")
                    onCommitted: text => editor.commit("catalogNumber", text)
                }
                EditableField {
                    id: upcField
                    objectName: "upcField"
                    Layout.fillWidth: true
                    label: qsTr("UPC / EAN")
                    value: editor.text("upc")
                    error: {
                        const typed = upcField.editor.text
                        const check = Identifiers.validate("upc", typed)
                        return typed.length > 0 && !check.valid ? check.reason : ""
                    }
                    onCommitted: text => editor.commit("upc", text)
                }
                ChoiceField {
                    objectName: "releaseExplicitField"
                    Layout.fillWidth: true
                    label: qsTr("Explicit lyrics")
                    value: editor.text("explicit")
                    choices: [
                        { value: "", text: qsTr("Not set") },
                        { value: "0", text: qsTr("No (clean)") },
                        { value: "1", text: qsTr("Yes (explicit)") }
                    ]
                    onCommitted: value => editor.commit("explicit", value)
                }
                EditableField {
                    objectName: "releaseGenreField"
                    Layout.fillWidth: true
                    label: qsTr("Genre")
                    value: editor.text("genre")
                    onCommitted: text => editor.commit("genre", text)
                }
                EditableField {
                    objectName: "releaseLanguageField"
                    Layout.fillWidth: true
                    label: qsTr("Language")
                    placeholder: qsTr("e.g. en")
                    value: editor.text("language")
                    onCommitted: text => editor.commit("language", text)
                }
                EditableField {
                    objectName: "pLineField"
                    Layout.fillWidth: true
                    label: qsTr("℗ line")
                    placeholder: qsTr("e.g. 2026 Nova Lark")
                    value: editor.text("pLine")
                    onCommitted: text => editor.commit("pLine", text)
                }
                EditableField {
                    objectName: "cLineField"
                    Layout.fillWidth: true
                    label: qsTr("© line")
                    placeholder: qsTr("e.g. 2026 Nova Lark")
                    value: editor.text("cLine")
                    onCommitted: text => editor.commit("cLine", text)
                }
            }

            ColumnLayout {
                Layout.alignment: Qt.AlignTop
                Layout.maximumWidth: 240
                spacing: 6
                ArtworkPreview {
                    objectName: "artworkPreview"
                    source: editor.release.artworkUrl ?? ""
                    size: editor.text("artworkSize")
                    warning: editor.text("artworkWarning")
                    busy: editor.planner !== null && editor.planner.running && editor.planner.task === "artwork"
                    onImageChosen: file => {
                        if (editor.planner)
                            editor.planner.setArtwork(editor.release.id, file)
                    }
                }
                Label {
                    objectName: "artworkMessage"
                    Layout.maximumWidth: 220
                    visible: editor.planner !== null && editor.planner.lastTask === "artwork" && !editor.planner.running
                    text: editor.planner ? editor.planner.message : ""
                    color: editor.planner && !editor.planner.succeeded ? Tones.negative : Kirigami.Theme.textColor
                    wrapMode: Text.Wrap
                }
                Button {
                    objectName: "artworkLibraryFolderButton"
                    visible: editor.planner !== null && editor.planner.lastTask === "artwork"
                             && !editor.planner.running && editor.planner.needsLibraryFolder
                    text: qsTr("Choose Library Folder…")
                    icon.name: "folder-open"
                    onClicked: editor.libraryFolderRequested()
                }
            }
        }

        ReleaseTrackList {
            Layout.fillWidth: true
            releases: editor.releases
            planner: editor.planner
        }
    }
}
