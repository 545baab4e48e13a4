// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Imprint.Models

// New Release: plans a release before any of its audio exists. What is wrong with the typed
// values shows as they are typed; the dialog stays open until the catalog has the release (a
// duplicate is refused there), so nothing typed is lost. One undo step takes it back.
Dialog {
    id: dialog

    required property ReleaseCatalog releases
    property bool creating: false
    property string failure: ""
    readonly property string problem: releases.newReleaseProblem(titleField.text, artistField.text,
                                                                 typeField.currentValue ?? "single", dateField.text)
    // Each problem under its own field; nothing is said while the form is still empty.
    readonly property var problems: releases.newReleaseProblems(titleField.text, artistField.text,
                                                                typeField.currentValue ?? "single", dateField.text)
    readonly property bool touched: titleField.text.length > 0 || artistField.text.length > 0
                                    || dateField.text.length > 0
    function problemOf(field) {
        return touched ? (problems[field] ?? "") : ""
    }

    /// Opens the dialog; isoDate (may be empty) is the day chosen on the calendar.
    function ask(isoDate, artistName) {
        titleField.clear()
        artistField.text = artistName ?? ""
        typeField.currentIndex = 0
        dateField.text = isoDate ?? ""
        failure = ""
        creating = false
        open()
        titleField.forceActiveFocus()
    }

    function create() {
        if (problem.length > 0 || creating)
            return
        failure = ""
        creating = releases.createRelease(titleField.text, artistField.text, typeField.currentValue, dateField.text)
    }

    objectName: "newReleaseDialog"
    title: qsTr("New Release")
    modal: true
    anchors.centerIn: Overlay.overlay
    // A fixed width (margins fit it into a small window): following the declaring panel's
    // layout made its text re-wrap while its height was computed, a binding loop in German.
    width: 460
    margins: 20
    closePolicy: creating ? Popup.NoAutoClose : Popup.CloseOnEscape

    Connections {
        target: dialog.releases
        enabled: dialog.creating
        function onReleaseCreated() {
            dialog.creating = false
            dialog.close()
        }
        function onCreateFailed(message) {
            dialog.creating = false
            dialog.failure = message
        }
    }

    footer: DialogButtonBox {
        Button {
            objectName: "createReleaseButton"
            text: qsTr("Create")
            enabled: dialog.problem.length === 0 && !dialog.creating
            onClicked: dialog.create()
        }
        Button {
            text: qsTr("Cancel")
            enabled: !dialog.creating
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
    }

    // As tall as the form at its width: wrapped hints (two lines in German, or at a narrow
    // width) are in the height, not under the buttons.
    contentHeight: form.implicitHeight

    ColumnLayout {
        id: form
        anchors.fill: parent
        spacing: 4

        Label {
            id: titleLabel
            text: qsTr("Title")
        }
        TextField {
            id: titleField
            objectName: "newReleaseTitle"
            Accessible.name: titleLabel.text
            Layout.fillWidth: true
            placeholderText: qsTr("e.g. Night Drive")
            onAccepted: dialog.create()
            ProblemOutline {
                message: titleProblem
            }
        }
        InlineMessage {
            id: titleProblem
            objectName: "newReleaseTitleProblem"
            Layout.fillWidth: true
            text: dialog.problemOf("title")
        }
        Label {
            id: artistLabel
            Layout.topMargin: 6
            text: qsTr("Artist")
        }
        TextField {
            id: artistField
            objectName: "newReleaseArtist"
            Accessible.name: artistLabel.text
            Layout.fillWidth: true
            placeholderText: qsTr("The primary artist")
            onAccepted: dialog.create()
            ProblemOutline {
                message: artistProblem
            }
        }
        InlineMessage {
            id: artistProblem
            objectName: "newReleaseArtistProblem"
            Layout.fillWidth: true
            text: dialog.problemOf("artist")
        }
        Label {
            id: typeLabel
            Layout.topMargin: 6
            text: qsTr("Type")
        }
        ComboBox {
            id: typeField
            objectName: "newReleaseType"
            Accessible.name: typeLabel.text
            Layout.fillWidth: true
            textRole: "text"
            valueRole: "value"
            model: [
                { value: "single", text: qsTr("Single") },
                { value: "ep", text: qsTr("EP") },
                { value: "album", text: qsTr("Album") },
                { value: "compilation", text: qsTr("Compilation") }
            ]
        }
        Label {
            id: dateLabel
            Layout.topMargin: 6
            text: qsTr("Release date")
        }
        DateField {
            id: dateField
            objectName: "newReleaseDate"
            Layout.fillWidth: true
            accessibleName: dateLabel.text
            accessibleDescription: dateProblem.text
            placeholderText: qsTr("YYYY-MM-DD, or empty to plan it later")
            problem: dateProblem
            onAccepted: dialog.create()
        }
        InlineMessage {
            id: dateProblem
            objectName: "newReleaseDateProblem"
            Layout.fillWidth: true
            text: dialog.problemOf("releaseDate")
        }
        Label {
            objectName: "newReleaseDateHint"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            opacity: 0.75
            font.pixelSize: 12
            text: dateField.text.length > 0
                  ? qsTr("Its milestones (masters, artwork, delivery, pitch…) are planned backward from this date; you can edit them on the Calendar page.")
                  : qsTr("Without a date the release waits on the Calendar page until you drag it onto a day.")
        }
        // The catalog's refusal (a release of the same title and artist is already there).
        InlineMessage {
            objectName: "newReleaseProblem"
            Layout.fillWidth: true
            text: dialog.failure
        }
    }
}
