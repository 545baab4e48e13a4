// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Imprint.Models

// The versions of the selected recording: the original it was made from (link or unlink it) and
// the versions made from it (Instrumental, Clean, Radio Edit, cut-downs), each its own recording
// with its own ISRC, linked from either side. Clicking one selects it.
ColumnLayout {
    id: section

    required property TrackVersions versions
    required property var trackId

    signal trackActivated(var trackId)

    readonly property bool isVersion: section.versions.original.trackId !== undefined

    spacing: 6

    Label {
        text: qsTr("Versions")
        font.bold: true
        Layout.topMargin: 8
    }
    RowLayout {
        Layout.fillWidth: true
        visible: section.isVersion
        Label {
            text: qsTr("Version of")
            opacity: 0.75
        }
        Label {
            objectName: "originalLink"
            Layout.fillWidth: true
            text: section.isVersion ? "<a href=\"#\">" + section.versions.original.text + "</a>" : ""
            textFormat: Text.StyledText
            elide: Text.ElideRight
            onLinkActivated: section.trackActivated(section.versions.original.trackId)
        }
        ToolButton {
            objectName: "unlinkOriginal"
            text: qsTr("Unlink")
            onClicked: section.versions.setOriginal(section.trackId, 0)
        }
    }
    TrackSearchField {
        objectName: "originalSearch"
        Layout.fillWidth: true
        visible: !section.isVersion
        placeholderText: qsTr("Made from another recording? Find its original")
        results: section.versions.candidates
        onSearchRequested: text => section.versions.searchOriginals(text)
        onPicked: trackId => section.versions.setOriginal(section.trackId, trackId)
    }
    Label {
        Layout.fillWidth: true
        visible: section.versions.versions.length === 0
        text: qsTr("No versions are made from this recording yet.")
        wrapMode: Text.Wrap
        opacity: 0.7
    }
    // Where "no instrumental" and "no cut-downs" lead: the version is found from its original.
    TrackSearchField {
        objectName: "addVersionSearch"
        Layout.fillWidth: true
        placeholderText: qsTr("Add a version made from this recording: find it")
        results: section.versions.candidates
        onSearchRequested: text => section.versions.searchOriginals(text)
        onPicked: trackId => section.versions.setOriginal(trackId, section.trackId)
    }
    Repeater {
        model: section.versions.versions
        delegate: ItemDelegate {
            id: versionRow
            required property var modelData
            Layout.fillWidth: true
            text: modelData.text + (modelData.isrc.length > 0 ? " · " + modelData.isrc : " · " + qsTr("no ISRC"))
            onClicked: section.trackActivated(modelData.trackId)
        }
    }
}
