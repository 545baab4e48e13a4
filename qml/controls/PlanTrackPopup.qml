// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Imprint.Models
import Imprint.App

// Plans a track with no audio yet at the end of the running order: title, artist (the
// release's unless changed), version and, if known, its ISRC. Enter plans it; Esc closes.
// Creating and placing the track is one undo step.
Popup {
    id: popup

    required property ReleaseCatalog releases
    required property ReleasePlanController planner
    property string error

    width: 420
    modal: true
    focus: true
    anchors.centerIn: Overlay.overlay

    onAboutToShow: {
        title.text = ""
        artist.text = releases.current.artist ?? ""
        version.text = ""
        isrc.text = ""
        error = ""
        title.forceActiveFocus()
    }

    // Closes once the track is in the catalog; a refusal stays to be corrected.
    function plan() {
        popup.error = ""
        if (popup.planner && !popup.planner.running)
            popup.planner.addPlannedTrack(popup.releases.currentReleaseId, title.text, artist.text, version.text, isrc.text)
    }

    Connections {
        target: popup.planner
        enabled: popup.visible // also while the style's opening transition runs
        function onFinished() {
            if (popup.planner.lastTask !== "plan")
                return
            if (popup.planner.succeeded)
                popup.close()
            else
                popup.error = popup.planner.message
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 8

        Label {
            text: qsTr("Plan a Track")
            font.bold: true
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("A track whose audio does not exist yet. Importing its file later, or dropping it on the track's row, gives it its audio.")
            wrapMode: Text.Wrap
            opacity: 0.7
        }
        GridLayout {
            Layout.fillWidth: true
            columns: 2
            columnSpacing: 8
            rowSpacing: 6
            Label { text: qsTr("Title") }
            TextField {
                id: title
                objectName: "planTitleField"
                Layout.fillWidth: true
                Keys.onReturnPressed: popup.plan()
                Keys.onEnterPressed: popup.plan()
            }
            Label { text: qsTr("Artist") }
            TextField {
                id: artist
                objectName: "planArtistField"
                Layout.fillWidth: true
                Keys.onReturnPressed: popup.plan()
                Keys.onEnterPressed: popup.plan()
            }
            Label { text: qsTr("Version") }
            TextField {
                id: version
                objectName: "planVersionField"
                Layout.fillWidth: true
                placeholderText: qsTr("e.g. Radio Edit; empty for the original")
                Keys.onReturnPressed: popup.plan()
                Keys.onEnterPressed: popup.plan()
            }
            Label { text: qsTr("ISRC") }
            TextField {
                id: isrc
                objectName: "planIsrcField"
                Layout.fillWidth: true
                placeholderText: qsTr("Optional")
                font.family: "monospace"
                Keys.onReturnPressed: popup.plan()
                Keys.onEnterPressed: popup.plan()
            }
        }
        InlineMessage {
            objectName: "planTrackError"
            Layout.fillWidth: true
            text: popup.error
        }
        RowLayout {
            Layout.alignment: Qt.AlignRight
            Button {
                text: qsTr("Cancel")
                onClicked: popup.close()
            }
            Button {
                objectName: "planTrackConfirm"
                text: qsTr("Plan Track")
                highlighted: true
                enabled: title.text.trim().length > 0 && popup.planner !== null && !popup.planner.running
                onClicked: popup.plan()
            }
        }
    }
}
