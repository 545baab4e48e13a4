// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Imprint.Models

// Where the selected track comes from: origin, the AI tool, plan and date (judged against the
// terms in force that day), the prompt, stems and voice likeness. Every field commits on its own,
// undoably.
ScrollView {
    id: form

    required property RightsCatalog rights
    /// Shown, not changed (a viewer of a team catalog).
    property bool readOnly: false
    readonly property var p: rights.provenance
    readonly property var track: rights.current
    readonly property bool ai: p.origin === "ai_assisted" || p.origin === "ai_generated"

    function set(field, value) {
        form.rights.setProvenanceField(form.rights.currentTrackId, field, value)
    }

    contentWidth: availableWidth
    clip: true

    ColumnLayout {
        width: form.availableWidth - 12
        spacing: 8

        ChoiceField {
            enabled: !form.readOnly
            objectName: "originField"
            Layout.fillWidth: true
            label: qsTr("Origin")
            value: form.p.origin ?? ""
            // Until an origin is chosen, say so rather than show one as if it were recorded.
            choices: (form.p.recorded ? [] : [{ value: "", text: qsTr("Not recorded yet") }]).concat([
                { value: "human", text: qsTr("Human: own work") },
                { value: "ai_assisted", text: qsTr("AI-assisted") },
                { value: "ai_generated", text: qsTr("AI-generated") }
            ])
            onCommitted: value => {
                if (value.length > 0)
                    form.set("origin", value)
            }
        }
        EditableField {
            enabled: !form.readOnly
            objectName: "provenanceToolField"
            visible: form.ai
            Layout.fillWidth: true
            label: qsTr("Tool")
            value: form.p.tool ?? ""
            placeholder: form.rights.tools.map(t => t.tool).join(", ")
            onCommitted: text => form.set("tool", text)
        }
        EditableField {
            enabled: !form.readOnly
            visible: form.ai
            Layout.fillWidth: true
            label: qsTr("Model version")
            value: form.p.modelVersion ?? ""
            placeholder: qsTr("e.g. v4.5")
            onCommitted: text => form.set("modelVersion", text)
        }
        RowLayout {
            enabled: !form.readOnly
            visible: form.ai
            Layout.fillWidth: true
            EditableField {
                Layout.fillWidth: true
                label: qsTr("Plan at generation")
                value: form.p.plan ?? ""
                placeholder: {
                    const tool = form.rights.tools.find(t => t.tool.toLowerCase() === (form.p.tool ?? "").toLowerCase())
                    return tool ? tool.plans.join(", ") : ""
                }
                onCommitted: text => form.set("plan", text)
            }
            ChoiceField {
                objectName: "provenancePaidField"
                Layout.preferredWidth: 150
                label: qsTr("Paid then?")
                value: form.p.paidAtGeneration ?? ""
                choices: [
                    { value: "", text: qsTr("Not recorded") },
                    { value: "1", text: qsTr("Paid plan") },
                    { value: "0", text: qsTr("Free plan") }
                ]
                onCommitted: value => form.set("paidAtGeneration", value)
            }
        }
        EditableField {
            enabled: !form.readOnly
            objectName: "provenanceDateField"
            visible: form.ai
            Layout.fillWidth: true
            label: qsTr("Generated on")
            value: form.p.generatedOn ?? ""
            placeholder: qsTr("YYYY-MM-DD")
            datePicker: true
            onCommitted: text => form.set("generatedOn", text)
        }
        Label {
            visible: form.ai && form.p.terms !== undefined
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            font.pixelSize: 12
            text: form.p.terms === undefined ? ""
                : qsTr("Terms that day: %1%2").arg(form.p.terms.source)
                    .arg(form.p.terms.example ? " " + qsTr("(example terms: confirm them)") : "")
            opacity: 0.8
        }
        EditableField {
            enabled: !form.readOnly
            visible: form.ai
            Layout.fillWidth: true
            label: qsTr("Song or seed id")
            value: form.p.songId ?? ""
            onCommitted: text => form.set("songId", text)
        }
        EditableField {
            enabled: !form.readOnly
            visible: form.ai
            Layout.fillWidth: true
            label: qsTr("Prompt")
            value: form.p.prompt ?? ""
            onCommitted: text => form.set("prompt", text)
        }
        UploadedInputList {
            readOnly: form.readOnly
            // Inputs recorded for a track now said to be human-made still judge its readiness.
            visible: form.ai || form.rights.inputs.length > 0
            Layout.fillWidth: true
            rights: form.rights
        }
        ChoiceField {
            enabled: !form.readOnly
            Layout.fillWidth: true
            label: qsTr("Stems")
            value: form.p.stems ?? ""
            choices: [
                { value: "", text: qsTr("Not recorded") },
                { value: "native", text: qsTr("Native (exported from the session)") },
                { value: "separated", text: qsTr("Separated afterwards") },
                { value: "none", text: qsTr("No stems") }
            ]
            onCommitted: value => form.set("stems", value)
        }
        CheckBox {
            enabled: !form.readOnly
            text: qsTr("This is a cover of someone else's song")
            checked: form.p.isCover === "1"
            onToggled: form.set("isCover", checked ? "1" : "0")
        }
        ChoiceField {
            enabled: !form.readOnly
            objectName: "provenanceVoiceField"
            Layout.fillWidth: true
            label: qsTr("Voice likeness")
            value: form.p.voiceLikeness ?? "none"
            choices: [
                { value: "none", text: qsTr("Imitates nobody's voice") },
                { value: "own_voice", text: qsTr("My own voice") },
                { value: "consent_given", text: qsTr("Someone's voice, with consent") },
                { value: "no_consent", text: qsTr("Someone's voice, no consent") }
            ]
            onCommitted: value => form.set("voiceLikeness", value)
        }
        DocumentSlot {
            readOnly: form.readOnly
            visible: form.p.voiceLikeness === "consent_given"
            Layout.fillWidth: true
            path: form.track.voiceConsentPath ?? ""
            documentState: (form.track.voiceConsentAssetId ?? 0) > 0 ? form.track.voiceConsentState : ""
            fileUrl: form.rights.documentUrl(form.track.voiceConsentAssetId ?? 0)
            attachText: qsTr("Attach consent…")
            hasLibraryFolder: form.rights.hasLibraryFolder
            onAttach: file => form.rights.attachDocument("voiceConsent", form.rights.currentTrackId, file)
        }
    }
}
