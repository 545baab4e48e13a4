// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import org.kde.kirigami as Kirigami
import QtQuick.Controls
import QtQuick.Layouts
import Imprint
import Imprint.Models
import Imprint.App

// The catalog: every track, searchable and sortable, with the selected track's details.
// Folders dropped anywhere on the page are imported.
Page {
    id: page

    required property CatalogSession session
    /// A viewer of a team catalog: what would change the catalog is off (the banner says why).
    property bool readOnly: session.readOnly
    required property ImportController importer
    readonly property alias duplicatesDialog: duplicatesDialog

    signal importRequested()
    /// A track on no release, in a catalog with none: New Release….
    signal newReleaseRequested()
    /// "Write Tags" for these track ids (subject: what they are, for the dialog).
    signal writeTagsRequested(var trackIds, string subject)
    signal writeAllTagsRequested()
    /// The track on another page ("quality", "rights"), from the table's context menu.
    signal showTrackRequested(string pageKey, real trackId)
    /// Open Containing Folder: the folder to show in the file manager.
    signal openFolderRequested(url folder)

    // Edit (Enter or the context menu): several tracks together, or the one in its pane.
    function editSelected() {
        if (page.readOnly)
            return
        if (page.session.selection.count > 1)
            bulkPane.startEditing()
        else if (page.session.currentTrackId > 0)
            detailPane.startEditing()
    }

    // The selected tracks, or the current one when one (or none) is selected.
    function writeSelectedTags() {
        const selected = page.session.selection.count
        if (selected > 1)
            page.writeTagsRequested(page.session.selection.selectedTrackIds(), qsTr("%n selected track(s)", "", selected))
        else if (page.session.currentTrackId > 0)
            page.writeTagsRequested([page.session.currentTrackId], page.session.currentTrack.title ?? "")
    }

    // Likely Duplicates… (also --dialog duplicates for screenshots)
    function openDuplicates() {
        duplicatesDialog.open()
    }

    // Edit › Find (Ctrl+F) and Edit › Select All (Ctrl+A) while this page is shown.
    function focusSearch() {
        search.forceActiveFocus()
        search.selectAll()
    }
    function selectAll() {
        page.session.selection.selectAllVisible()
    }

    // A fix link's target (Main.qml navigateTo): the track alone selected, shown in the table
    // (a search that hides it is cleared) and in the track pane.
    function focusTarget(target) {
        if (target.record !== "track" || target.recordId <= 0)
            return
        if (page.session.tracks.rowOfTrack(target.recordId) < 0)
            search.text = ""
        table.selectRow(page.session.tracks.rowOfTrack(target.recordId), false)
    }

    title: qsTr("Catalog")

    header: ToolBar {
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 12
            anchors.rightMargin: 12

            TextField {
                id: search
                objectName: "searchField"
                Layout.preferredWidth: 360
                placeholderText: qsTr("Search title, artist, release, ISRC… (Ctrl+F)")
                Accessible.name: qsTr("Search tracks")
                Accessible.searchEdit: true
                selectByMouse: true
                onTextChanged: page.session.tracks.searchText = text
                Keys.onEscapePressed: text = ""
            }
            Label {
                text: page.session.tracks.searchText.length > 0
                      ? qsTr("%1 of %n track(s)", "", page.session.trackCount).arg(page.session.tracks.count)
                      : qsTr("%n track(s)", "", page.session.trackCount)
                opacity: 0.7
            }
            Item {
                Layout.fillWidth: true
            }
            ToolButton {
                id: writeTagsButton
                objectName: "writeTagsMenuButton"
                text: qsTr("Write Tags")
                enabled: page.session.trackCount > 0 && !page.readOnly
                onClicked: writeTagsMenu.open()
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Write the catalog's values into the files' tags, after a preview")

                Menu {
                    id: writeTagsMenu
                    y: writeTagsButton.height
                    MenuItem {
                        objectName: "writeCurrentTrackTags"
                        text: page.session.selection.count > 1 ? qsTr("Selected Tracks… (Ctrl+Shift+T)")
                                                               : qsTr("Current Track… (Ctrl+Shift+T)")
                        enabled: (page.session.currentTrackId > 0 || page.session.selection.count > 1)
                                 && !page.readOnly
                        onTriggered: page.writeSelectedTags()
                    }
                    MenuItem {
                        objectName: "writeAllTags"
                        enabled: !page.readOnly
                        text: qsTr("All Tracks…")
                        onTriggered: page.writeAllTagsRequested()
                    }
                }
            }
            ToolButton {
                objectName: "likelyDuplicatesButton"
                text: qsTr("Likely Duplicates…")
                // Merging or keeping likely duplicates changes the catalog.
                enabled: page.session.trackCount > 1 && !page.readOnly
                onClicked: page.openDuplicates()
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Tracks that sound like the same take: merge them or keep both")
            }
            MetadataMenu {
                exchange: page.session.exchange
                readOnly: page.readOnly
            }
        }
    }

    Shortcut {
        sequence: "Ctrl+Shift+T"
        enabled: page.visible && !page.readOnly
                 && (page.session.currentTrackId > 0 || page.session.selection.count > 1)
        onActivated: page.writeSelectedTags()
    }

    RememberedSplitView {
        stateKey: "catalog"
        anchors.fill: parent
        visible: page.session.trackCount > 0

        ColumnLayout {
            SplitView.fillWidth: true
            spacing: 0

            TrackTable {
                id: table
                Layout.fillWidth: true
                Layout.fillHeight: true
                tracks: page.session.tracks
                selection: page.session.selection
                contextMenu: trackMenu
                onEditRequested: {
                    if (page.session.selection.count > 1 && !page.readOnly)
                        bulkPane.startEditing()
                }
                onPlayPauseRequested: preview.togglePlayback()
            }
            TrackPreviewBar {
                id: preview
                objectName: "trackPreview"
                Layout.fillWidth: true
                source: page.session.currentTrackId > 0 ? page.session.masterFileUrl(page.session.currentTrackId) : ""
                title: page.session.currentTrack.title ?? ""
            }
        }

        // One track: its details; several: what they share, edited together.
        Item {
            SplitView.preferredWidth: 360
            SplitView.minimumWidth: 280

            TrackDetailPane {
                id: detailPane
                anchors.fill: parent
                visible: page.session.selection.count <= 1
                session: page.session
                readOnly: page.readOnly
                onNewReleaseRequested: page.newReleaseRequested()
            }
            BulkEditPane {
                id: bulkPane
                objectName: "bulkEditPane"
                anchors.fill: parent
                visible: page.session.selection.count > 1
                bulk: page.session.bulkEdit
                readOnly: page.readOnly
                onDone: table.forceActiveFocus()
            }
        }
    }

    DuplicatesDialog {
        id: duplicatesDialog
        objectName: "duplicatesDialog"
        parent: Overlay.overlay
        anchors.centerIn: parent
        duplicates: page.session.duplicates
    }

    TrackContextMenu {
        id: trackMenu
        objectName: "trackContextMenu"
        session: page.session
        columns: table.columns
        columnTitles: table.columnTitles
        previewPlaying: preview.playing
        readOnly: page.readOnly
        onPlayPauseRequested: preview.togglePlayback()
        onEditRequested: page.editSelected()
        onWriteTagsRequested: page.writeSelectedTags()
        onShowRequested: pageKey => page.showTrackRequested(pageKey, page.session.currentTrackId)
        onOpenFolderRequested: folder => page.openFolderRequested(folder)
    }

    EmptyCatalog {
        anchors.centerIn: parent
        visible: page.session.trackCount === 0 && !page.session.loading
        importing: page.importer.running
        readOnly: page.readOnly
        onImportRequested: page.importRequested()
    }

    DropArea {
        id: drop
        anchors.fill: parent
        keys: ["text/uri-list"]
        enabled: !page.readOnly
        onDropped: drop => {
            if (drop.hasUrls && !page.importer.running) {
                page.importer.requestImport(drop.urls[0])
                drop.acceptProposedAction()
            }
        }

        Rectangle {
            anchors.fill: parent
            visible: drop.containsDrag
            color: Qt.alpha(Kirigami.Theme.highlightColor, 0.15)
            border.color: Kirigami.Theme.highlightColor
            border.width: 2
            Label {
                anchors.centerIn: parent
                text: qsTr("Drop a folder to import it")
                font.pixelSize: 20
            }
        }
    }
}
