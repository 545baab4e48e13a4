// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import QtQuick.Controls
import Imprint.Models
import Imprint.App

// What can be done with the selected tracks of the catalog table (right click, the Menu key or
// Shift+F10): the preview, editing, writing tags, the track on other pages, its folder; and how
// the table sorts and which columns it shows. The page does each; this menu only offers them.
Menu {
    id: rowMenu

    required property CatalogSession session
    required property TableColumns columns
    required property var columnTitles
    property bool previewPlaying: false
    /// Nothing that changes the tracks (a viewer of a team catalog).
    property bool readOnly: false

    readonly property real trackId: session.currentTrackId
    readonly property int selectedCount: session.selection.count
    readonly property bool hasAudio: trackId > 0 && session.masterFileUrl(trackId).toString().length > 0

    signal playPauseRequested()
    signal editRequested()
    signal writeTagsRequested()
    /// page: "quality" or "rights", for the current track.
    signal showRequested(string page)
    signal openFolderRequested(url folder)

    MenuItem {
        objectName: "previewItem"
        text: rowMenu.previewPlaying ? qsTr("Pause Preview") : qsTr("Play Preview")
        icon.name: rowMenu.previewPlaying ? "media-playback-pause" : "media-playback-start"
        enabled: rowMenu.hasAudio
        onTriggered: rowMenu.playPauseRequested()
    }
    MenuItem {
        objectName: "editItem"
        text: rowMenu.selectedCount > 1 ? qsTr("Edit %n Tracks Together", "", rowMenu.selectedCount) : qsTr("Edit")
        icon.name: "document-edit"
        enabled: (rowMenu.trackId > 0 || rowMenu.selectedCount > 0) && !rowMenu.readOnly
        onTriggered: rowMenu.editRequested()
    }
    MenuItem {
        objectName: "writeTagsItem"
        text: qsTr("Write Tags…")
        icon.name: "document-save"
        enabled: (rowMenu.trackId > 0 || rowMenu.selectedCount > 1) && !rowMenu.readOnly
        onTriggered: rowMenu.writeTagsRequested()
    }
    MenuSeparator {}
    MenuItem {
        objectName: "showInQualityItem"
        text: qsTr("Show in Quality")
        icon.name: "view-statistics"
        enabled: rowMenu.trackId > 0
        onTriggered: rowMenu.showRequested("quality")
    }
    MenuItem {
        objectName: "showInRightsItem"
        text: qsTr("Show in Rights")
        icon.name: "license"
        enabled: rowMenu.trackId > 0
        onTriggered: rowMenu.showRequested("rights")
    }
    MenuItem {
        objectName: "openFolderItem"
        text: qsTr("Open Containing Folder")
        icon.name: "document-open-folder"
        enabled: rowMenu.hasAudio
        onTriggered: rowMenu.openFolderRequested(rowMenu.session.masterFolderUrl(rowMenu.trackId))
    }
    MenuSeparator {}
    Menu {
        id: sortMenu
        objectName: "sortMenu"
        title: qsTr("Sort By")
        Instantiator {
            model: rowMenu.columnTitles
            delegate: MenuItem {
                id: sortItem
                required property int index
                required property string modelData
                // Null while the menu is taken down.
                readonly property TableColumns columns: rowMenu?.columns ?? null
                readonly property TrackFilterModel tracks: rowMenu?.session?.tracks ?? null
                readonly property bool sorted: sortItem.tracks !== null && sortItem.tracks.sortColumn === index
                readonly property bool ascending: sortItem.tracks !== null && sortItem.tracks.sortOrder === Qt.AscendingOrder
                objectName: "sortBy_" + (columns?.keys[index] ?? index)
                visible: sortItem.columns !== null && sortItem.columns.revision >= 0 && sortItem.columns.isShown(index)
                height: visible ? implicitHeight : 0
                text: !sorted ? modelData : ascending ? qsTr("%1 (ascending)").arg(modelData) : qsTr("%1 (descending)").arg(modelData)
                icon.name: !sorted ? "" : ascending ? "view-sort-ascending" : "view-sort-descending"
                onTriggered: sortItem.tracks.sortByColumn(index)
            }
            onObjectAdded: (index, object) => sortMenu.insertItem(index, object)
            onObjectRemoved: (index, object) => sortMenu.removeItem(object)
        }
    }
    ColumnsMenu {
        objectName: "columnsMenu"
        columns: rowMenu.columns
        titles: rowMenu.columnTitles
    }
}
