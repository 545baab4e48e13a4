// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Imprint.Models

// Finds a track of the catalog that is not on the current release and adds it at the end.
// Type to search title, artist or ISRC; Up/Down and Enter pick; Esc closes.
Popup {
    id: popup

    required property ReleaseCatalog releases

    width: 480
    height: 360
    modal: true
    focus: true
    anchors.centerIn: Overlay.overlay

    onAboutToShow: {
        search.text = ""
        releases.searchTrackCandidates("")
        search.forceActiveFocus()
    }

    function addCurrent() {
        const candidate = results.currentIndex >= 0 ? popup.releases.trackCandidates[results.currentIndex] : null
        if (!candidate)
            return
        popup.releases.addTrack(candidate.trackId)
        popup.close()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 8

        Label {
            text: qsTr("Add a Track to This Release")
            font.bold: true
        }
        TextField {
            id: search
            objectName: "addTrackSearch"
            Layout.fillWidth: true
            placeholderText: qsTr("Title, artist or ISRC")
            onTextChanged: searchDelay.restart()
            Keys.onDownPressed: results.incrementCurrentIndex()
            Keys.onUpPressed: results.decrementCurrentIndex()
            Keys.onReturnPressed: popup.addCurrent()
            Keys.onEnterPressed: popup.addCurrent()
        }
        Timer {
            id: searchDelay
            interval: 200
            onTriggered: popup.releases.searchTrackCandidates(search.text)
        }
        ListView {
            id: results
            objectName: "addTrackResults"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: popup.releases.trackCandidates
            currentIndex: count > 0 ? 0 : -1
            ScrollBar.vertical: ScrollBar {}
            delegate: ItemDelegate {
                required property int index
                required property var modelData
                width: ListView.view.width
                highlighted: ListView.isCurrentItem
                text: modelData.title + (modelData.version.length > 0 ? " (" + modelData.version + ")" : "")
                      + " · " + modelData.artist + (modelData.isrc.length > 0 ? " · " + modelData.isrc : "")
                onClicked: {
                    results.currentIndex = index
                    popup.addCurrent()
                }
            }
        }
        Label {
            visible: results.count === 0
            text: qsTr("No other tracks match.")
            opacity: 0.7
        }
    }
}
