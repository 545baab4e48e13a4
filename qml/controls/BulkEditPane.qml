// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Imprint.Models

// Several selected tracks edited together: fields they share show their value, fields that
// differ show "(mixed)" and stay as they are unless typed in. Enter applies every changed field
// to every selected track as one undo step; Esc cancels.
Pane {
    id: pane

    required property BulkTrackEdit bulk
    readonly property var textFields: [artistField, genreField, languageField, labelField]
    readonly property bool edited: textFields.some(f => f.edited) || explicitBox.edited
    readonly property bool valid: textFields.every(f => f.error.length === 0)

    /// Editing ended (applied or cancelled): the table takes the keyboard back.
    signal done()

    /// Puts the keyboard in the first field (Enter on the table).
    function startEditing() {
        artistField.editor.forceActiveFocus()
    }
    function reset() {
        textFields.forEach(f => f.reset())
        explicitBox.reset()
    }
    function cancel() {
        reset()
        done()
    }
    function apply() {
        if (!edited || !valid)
            return
        const changes = {}
        textFields.filter(f => f.edited).forEach(f => changes[f.name] = f.text)
        if (explicitBox.edited)
            changes["explicit"] = explicitBox.currentValue
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
                color: "#b3261e"
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
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 2
                Label {
                    text: explicitBox.edited ? qsTr("%1 (changed)").arg(qsTr("Explicit")) : qsTr("Explicit")
                    opacity: explicitBox.edited ? 1 : 0.7
                    font.pixelSize: 12
                    font.bold: explicitBox.edited
                }
                ComboBox {
                    id: explicitBox
                    objectName: "bulkExplicit"
                    property bool edited: false
                    readonly property bool mixed: pane.bulk.mixedFields.indexOf("explicit") >= 0
                    /// Puts the keyboard in the first field (Enter on the table).
    function startEditing() {
        artistField.editor.forceActiveFocus()
    }
    function reset() {
                        edited = false
                        currentIndex = Qt.binding(() => mixed ? -1 : indexOfValue(pane.bulk.values["explicit"] ?? ""))
                    }
                    Layout.fillWidth: true
                    textRole: "text"
                    valueRole: "value"
                    model: [{ value: "", text: qsTr("Not set") }, { value: "0", text: qsTr("No (clean)") },
                        { value: "1", text: qsTr("Yes") }]
                    currentIndex: mixed ? -1 : indexOfValue(pane.bulk.values["explicit"] ?? "")
                    displayText: currentIndex < 0 ? qsTr("(mixed)") : currentText
                    onActivated: edited = true
                    Keys.onReturnPressed: pane.apply()
                    Keys.onEnterPressed: pane.apply()
                    Keys.onEscapePressed: pane.cancel()
                }
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
