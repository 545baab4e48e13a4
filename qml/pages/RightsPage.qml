// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Imprint
import Imprint.Models
import Imprint.App

// Rights and readiness: what each track may be used for, why not, and what to do about it.
Page {
    id: page

    required property CatalogSession session
    /// A viewer of a team catalog: what would change the catalog is off (the banner says why).
    property bool readOnly: session.readOnly
    readonly property RightsCatalog rights: session.rights
    property int row: -1
    property int column: -1
    // Re-read when the matrix is re-evaluated, so reasons follow edits live.
    property var reasons: []
    property string exportedPath
    // The page's dialogs, for the Qt Quick tests (popups are not in the item tree).
    readonly property alias clearanceDialog: clearanceDialog
    readonly property alias termsDialog: termsDialog

    signal importRequested()

    function refreshReasons() {
        // The shown track's row, which a reload may have moved.
        const row = page.rights.currentTrackId > 0 ? page.rights.rowOfTrack(page.rights.currentTrackId) : -1
        if (row >= 0 && row !== page.row) {
            page.row = row
            matrix.selectedRow = row
        }
        page.reasons = page.row >= 0 ? page.rights.reasons(page.row, page.column) : []
    }

    function select(row, column) {
        page.row = row
        page.column = column
        matrix.selectedRow = row
        matrix.selectedColumn = column
        page.rights.currentTrackId = page.rights.matrix.data(page.rights.matrix.index(row, column),
                                                              ReadinessMatrixModel.TrackIdRole)
        page.refreshReasons()
    }

    // A fix link's target (Main.qml navigateTo): the track's row, the same use column, the tab.
    function focusTarget(target) {
        const row = target.record === "track" && target.recordId > 0 ? page.rights.rowOfTrack(target.recordId) : -1
        if (row >= 0)
            page.select(row, page.column >= 0 ? page.column : page.rights.firstOpenColumn(row))
        detailPane.openTab(target.tab)
        // A clearance item's control (clearanceItem_<id>/…): its row may be far down the list.
        const item = /^clearanceItem_(\d+)\//.exec(target.field ?? "")
        if (item)
            detailPane.showClearanceItem(item[1])
    }

    title: qsTr("Rights")
    Component.onCompleted: {
        if (page.rights.matrix.rowCount() > 0)
            page.select(0, page.rights.firstOpenColumn(0))
    }

    Connections {
        target: page.rights
        function onReloaded() {
            // Start where the first track's next fix is, so the pane is never empty.
            if (page.row < 0 && page.rights.matrix.rowCount() > 0)
                page.select(0, page.rights.firstOpenColumn(0))
            else
                page.refreshReasons()
        }
        // An edit re-judges only the tracks it touched (issue 18): the shown cell may be one.
        function onTracksRefreshed() { page.refreshReasons() }
        // The track's facts are read when it is selected: its findings follow them.
        function onCurrentChanged() {
            page.refreshReasons()
            page.followSelection()
        }
    }
    onVisibleChanged: page.followSelection()

    // The track picked here becomes the session's track while this page shows, so the Splits
    // tab edits it (and the catalog page shows it on return).
    function followSelection() {
        const id = page.rights.currentTrackId
        if (page.visible && id > 0 && page.session.currentTrackId !== id)
            page.session.currentTrackId = id
    }

    RightsSheetExport {
        id: exporter
        session: page.session
        onFinished: path => page.exportedPath = path
        onFailed: message => page.session.errorOccurred(message)
    }

    // The rights sheet as PDF, proposed as "<title> rights sheet.pdf" in the export folder.
    function exportSheet(wholeRelease) {
        sheetFile.wholeRelease = wholeRelease
        const subject = wholeRelease ? page.rights.current.releaseTitle : page.rights.current.title
        sheetFile.currentFolder = AppSettings.startFolder("export")
        sheetFile.selectedFile = AppSettings.proposedFile(
                    "export", qsTr("%1 rights sheet").arg(subject ?? "") + ".pdf")
        sheetFile.open()
    }

    FileDialog {
        id: sheetFile
        property bool wholeRelease: false
        title: wholeRelease ? qsTr("Export the Release's Rights Sheet") : qsTr("Export the Track's Rights Sheet")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "pdf"
        nameFilters: [qsTr("PDF documents (*.pdf)")]
        onAccepted: {
            AppSettings.rememberFolder("export", selectedFile)
            exporter.exportPdf(page.rights.currentTrackId,
                                       wholeRelease ? page.rights.current.releaseId : 0, selectedFile)
        }
    }

    ClearanceItemDialog {
        id: clearanceDialog
        rights: page.rights
    }

    ToolTermsDialog {
        id: termsDialog
        rights: page.rights
    }

    header: ToolBar {
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 12
            anchors.rightMargin: 12
            // The hint takes a second line where it needs one (German at 1024 px); a saved
            // sheet's path stays on one line, elided in the middle so its file name shows.
            ElidedLabel {
                readonly property bool showsPath: page.exportedPath.length > 0
                text: showsPath
                      ? qsTr("Rights sheet saved: %1").arg(page.exportedPath)
                      : qsTr("Readiness per use: each level needs the one before it. Click a cell for the reasons.")
                opacity: 0.8
                elide: showsPath ? Text.ElideMiddle : Text.ElideRight
                wrapMode: showsPath ? Text.NoWrap : Text.WordWrap
                maximumLineCount: showsPath ? 1 : 2
                Layout.fillWidth: true
            }
            Button {
                objectName: "exportRightsSheetButton"
                text: qsTr("Export Rights Sheet…")
                enabled: page.rights.currentTrackId > 0 && !exporter.running
                onClicked: exportMenu.popup()
                Menu {
                    id: exportMenu
                    MenuItem {
                        objectName: "exportTrackSheet"
                        text: qsTr("This Track…")
                        onTriggered: {
                            page.exportSheet(false)
                        }
                    }
                    MenuItem {
                        objectName: "exportReleaseSheet"
                        text: qsTr("Its Release (%1)…").arg(page.rights.current.releaseTitle ?? "")
                        enabled: (page.rights.current.releaseId ?? 0) > 0
                        onTriggered: {
                            page.exportSheet(true)
                        }
                    }
                }
            }
            Button {
                objectName: "toolTermsButton"
                enabled: !page.readOnly
                text: qsTr("AI Tool Terms…")
                onClicked: termsDialog.open()
            }
            Button {
                objectName: "checkAgainButton"
                text: qsTr("Check Again")
                onClicked: page.rights.reload()
            }
        }
    }

    RememberedSplitView {
        stateKey: "rights"
        anchors.fill: parent
        visible: !rightsEmpty.visible

        RememberedSplitView {
            stateKey: "rightsDetail"
            orientation: Qt.Vertical
            SplitView.fillWidth: true

            ReadinessMatrix {
                id: matrix
                SplitView.fillHeight: true
                SplitView.minimumHeight: 160
                model: page.rights.matrix
                onCellSelected: (row, column, trackId) => page.select(row, column)
            }
            ClearanceBoard {
                SplitView.preferredHeight: 220
                rights: page.rights
                readOnly: page.readOnly
                onTrackChosen: trackId => {
                    const row = page.rights.rowOfTrack(trackId)
                    if (row >= 0)
                        page.select(row, page.rights.firstOpenColumn(row))
                }
                onDocumentWanted: (trackId, itemId) => {
                    const target = { page: "rights", record: "track", recordId: trackId, tab: "clearance",
                                     field: "clearanceItem_" + itemId + "/clearanceDocument" }
                    const window = ApplicationWindow.window
                    if (window && window.navigateTo)
                        window.navigateTo(target)
                    else
                        page.focusTarget(target)
                }
            }
        }

        RightsDetailPane {
            id: detailPane
            SplitView.preferredWidth: 440
            SplitView.minimumWidth: 340
            rights: page.rights
            credits: page.session.credits
            reasons: page.reasons
            readOnly: page.readOnly
            cellSelected: page.row >= 0
            onEditClearance: item => clearanceDialog.edit(item)
        }
    }

    ImportFirstMessage {
        id: rightsEmpty
        objectName: "rightsEmpty"
        anchors.centerIn: parent
        visible: page.session.trackCount === 0 && !page.session.loading
        text: qsTr("Import some tracks first: rights and readiness are recorded per track.")
        buttonName: "rightsImportButton"
        readOnly: page.readOnly
        onImportRequested: page.importRequested()
    }
}
