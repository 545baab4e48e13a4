// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import QtQuick.Controls

// Finds a recording by typing part of its title, artist or ISRC: the catalog is searched a page
// at a time (large catalogs), the matches drop down; Up/Down and Enter pick one, Esc closes.
TextField {
    id: field

    /// Rows of TrackSearch: {trackId, text, …}; set by the owner from its search results.
    property var results: []

    signal searchRequested(string text)
    signal picked(var trackId, string text)

    function pick(index) {
        const row = field.results[index]
        if (!row)
            return
        popup.close()
        field.clear()
        field.picked(row.trackId, row.text)
    }

    placeholderText: qsTr("Find a recording: title, artist or ISRC")
    // Said by a screen reader, which reads a placeholder as a description only.
    Accessible.name: placeholderText
    Accessible.searchEdit: true
    selectByMouse: true
    onTextChanged: if (activeFocus) searchDelay.restart()
    onActiveFocusChanged: if (activeFocus) searchDelay.restart()
    Keys.onDownPressed: { popup.open(); list.incrementCurrentIndex() }
    Keys.onUpPressed: list.decrementCurrentIndex()
    Keys.onReturnPressed: field.pick(list.currentIndex)
    Keys.onEnterPressed: field.pick(list.currentIndex)
    Keys.onEscapePressed: event => {
        event.accepted = popup.visible || field.text.length > 0
        popup.close()
        field.clear()
    }

    Timer {
        id: searchDelay
        interval: 200
        onTriggered: {
            field.searchRequested(field.text)
            popup.open()
        }
    }

    Popup {
        id: popup
        y: field.height
        width: field.width
        height: Math.min(list.contentHeight + 2 * padding, 280)
        padding: 1
        closePolicy: Popup.CloseOnPressOutsideParent | Popup.CloseOnEscape

        ListView {
            id: list
            objectName: "trackSearchResults"
            anchors.fill: parent
            clip: true
            model: field.results
            currentIndex: count > 0 ? 0 : -1
            ScrollBar.vertical: ScrollBar {}
            delegate: ItemDelegate {
                required property int index
                required property var modelData
                width: ListView.view.width
                highlighted: ListView.isCurrentItem
                text: modelData.text + (modelData.isrc.length > 0 ? " · " + modelData.isrc : "")
                onClicked: field.pick(index)
            }
        }
        Label {
            anchors.centerIn: parent
            visible: list.count === 0
            text: qsTr("No recording matches.")
            opacity: 0.7
        }
    }
}
