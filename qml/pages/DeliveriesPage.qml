// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Imprint
import Imprint.Models
import Imprint.App

// Deliveries: pick a release, a profile and a format, read the preflight, export a verified
// package (progress, Cancel), and see every package made for the release. The catalog backup
// starts here too.
Page {
    id: page
    objectName: "deliveriesPage"

    required property CatalogSession session
    /// A viewer of a team catalog: what would change the catalog is off (the banner says why).
    property bool readOnly: session.readOnly
    required property DeliveryController controller
    readonly property DeliveryCatalog deliveries: session.deliveries
    readonly property ReleaseListModel releases: session.releases.model
    property string format: "zip"

    /// With no release yet, the page offers to make one (the dialog lives in Main.qml) or to
    /// import tracks (Import Folder…).
    signal newReleaseRequested()
    signal importRequested()
    property bool force: false // the next export forces the preflight's blockers

    function chooseFile(force) {
        page.force = force
        exportDialog.currentFolder = AppSettings.startFolder("export")
        exportDialog.selectedFile = AppSettings.proposedFile(
                    "export", page.controller.fileNameFor(page.deliveries.suggestedName, page.format))
        exportDialog.open()
    }
    // Back Up Catalog… (also File › Back Up Catalog…).
    function backUp() {
        if (page.controller.running)
            return
        backupDialog.currentFolder = AppSettings.startFolder("backup")
        backupDialog.selectedFile = AppSettings.proposedFile("backup", page.controller.backupFileName())
        backupDialog.open()
    }

    // A fix link's target (Main.qml navigateTo): the release being delivered.
    function focusTarget(target) {
        if (target.record === "release" && target.recordId > 0)
            page.deliveries.releaseId = target.recordId
    }

    title: qsTr("Deliveries")

    // Start on the release chosen on the releases page, or the first one.
    function chooseDefaultRelease() {
        if (deliveries.releaseId > 0 || releases.count === 0)
            return
        const current = session.releases.currentReleaseId
        deliveries.releaseId = current > 0 ? current : releases.idAt(0)
    }
    Component.onCompleted: chooseDefaultRelease()
    Connections {
        target: page.releases
        function onCountChanged() { page.chooseDefaultRelease() }
    }

    header: ToolBar {
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 12
            anchors.rightMargin: 12
            spacing: 8

            Label {
                id: releaseLabel
                text: qsTr("Release")
            }
            ComboBox {
                id: releasePicker
                objectName: "releasePicker"
                Accessible.name: releaseLabel.text // what the eye reads beside it
                // The pickers give way first, so Back Up Catalog… stays on screen at 1024 px.
                Layout.fillWidth: true
                Layout.minimumWidth: 120
                Layout.maximumWidth: 240
                model: page.releases
                textRole: "title"
                valueRole: "releaseId"
                enabled: !page.controller.running
                currentIndex: page.releases.rowOf(page.deliveries.releaseId)
                onActivated: page.deliveries.releaseId = currentValue
            }
            Label {
                id: profileLabel
                text: qsTr("Profile")
            }
            ComboBox {
                objectName: "deliveryProfilePicker"
                Accessible.name: profileLabel.text // what the eye reads beside it
                Layout.fillWidth: true
                Layout.minimumWidth: 100
                Layout.maximumWidth: 160
                model: page.deliveries.profiles
                textRole: "name"
                valueRole: "key"
                enabled: !page.controller.running
                currentIndex: page.deliveries.profiles.findIndex(p => p.key === page.deliveries.profile)
                onActivated: page.deliveries.profile = currentValue
            }
            Label {
                id: formatLabel
                text: qsTr("Format")
            }
            ComboBox {
                objectName: "formatPicker"
                Accessible.name: formatLabel.text // what the eye reads beside it
                Layout.preferredWidth: 110
                model: page.controller.formats
                textRole: "name"
                valueRole: "key"
                enabled: !page.controller.running
                currentIndex: page.controller.formats.findIndex(f => f.key === page.format)
                onActivated: page.format = currentValue
            }
            Item {
                Layout.fillWidth: true
            }
            Button {
                objectName: "backupButton"
                text: qsTr("Back Up Catalog…")
                enabled: !page.controller.running
                onClicked: page.backUp()
                ToolTip.visible: hovered
                ToolTip.text: qsTr("The catalog and every file of its library in one verified package")
            }
        }
    }

    RowLayout {
        anchors.fill: parent
        anchors.margins: 16
        spacing: 24

        ColumnLayout {
            Layout.preferredWidth: 440
            Layout.maximumWidth: 480
            Layout.fillHeight: true
            spacing: 12

            // No release to deliver yet; a backup (its progress and result below) still works.
            ColumnLayout {
                objectName: "noReleasesYet"
                Layout.fillWidth: true
                visible: page.releases.count === 0
                spacing: 12
                Label {
                    Layout.fillWidth: true
                    text: qsTr("No releases yet: a package is made of a release's files. Plan a release, or import tracks and put them on one.")
                    wrapMode: Text.Wrap
                    opacity: 0.7
                }
                RowLayout {
                    spacing: 8
                    Button {
                        objectName: "deliveriesNewReleaseButton"
                        text: qsTr("New Release…")
                        icon.name: "list-add"
                        enabled: !page.readOnly
                        onClicked: page.newReleaseRequested()
                    }
                    Button {
                        objectName: "deliveriesImportButton"
                        text: qsTr("Import Folder…")
                        icon.name: "document-import"
                        enabled: !page.readOnly
                        onClicked: page.importRequested()
                    }
                }
            }
            DeliveryPreflight {
                Layout.fillWidth: true
                visible: page.releases.count > 0
                deliveries: page.deliveries
            }
            RowLayout {
                Layout.fillWidth: true
                Layout.topMargin: 8
                visible: page.releases.count > 0
                spacing: 8
                Button {
                    objectName: "exportButton"
                    highlighted: true
                    text: qsTr("Export…")
                    // A delivery is recorded in the catalog (history, milestone): not by a viewer.
                    enabled: !page.controller.running && page.deliveries.releaseId > 0 && !page.deliveries.blocked
                             && !page.deliveries.loading && !page.readOnly
                    onClicked: page.chooseFile(false)
                }
                Button {
                    objectName: "exportAnywayButton"
                    text: qsTr("Export Anyway…")
                    visible: page.deliveries.blocked && !page.deliveries.impossible
                    enabled: !page.controller.running && !page.deliveries.loading && !page.readOnly
                    onClicked: forceDialog.open()
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Make the package despite the blockers; they are recorded in it")
                }
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Tagged copies are packaged; the library's files stay untouched.")
                    opacity: 0.7
                    wrapMode: Text.Wrap
                }
            }
            DeliveryJobPanel {
                Layout.fillWidth: true
                controller: page.controller
                readOnly: page.readOnly
            }
            Item {
                Layout.fillHeight: true
            }
        }

        ToolSeparator {
            orientation: Qt.Vertical
            Layout.fillHeight: true
            visible: page.releases.count > 0
        }

        DeliveryHistoryTable {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: page.releases.count > 0
            history: page.deliveries.history
        }
        Item {
            Layout.fillWidth: true
            visible: page.releases.count === 0
        }
    }

    FileDialog {
        id: exportDialog
        title: qsTr("Export Package")
        fileMode: FileDialog.SaveFile
        nameFilters: [qsTr("%1 package (*%2)").arg(page.format).arg(page.controller.fileNameFor("", page.format))]
        onAccepted: page.controller.startExport(page.deliveries.releaseId, page.deliveries.profile, page.format,
                                                selectedFile, page.force)
    }
    // What forcing means, named before the file is chosen.
    Dialog {
        id: forceDialog
        objectName: "forceDialog"
        title: qsTr("Export Anyway?")
        modal: true
        x: (page.width - width) / 2
        y: Math.max(0, (page.height - height) / 3)
        width: Math.min(page.width - 80, 600)
        contentItem: ScrollView {
            implicitHeight: Math.min(forceText.implicitHeight, page.height / 2)
            Label {
                id: forceText
                objectName: "forceSummary"
                width: forceDialog.availableWidth
                text: page.deliveries.forceSummary
                wrapMode: Text.Wrap
            }
        }
        footer: DialogButtonBox {
            Button {
                objectName: "confirmForce"
                text: qsTr("Export Anyway…")
                DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
            }
            Button {
                text: qsTr("Cancel")
                DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
            }
        }
        onAccepted: page.chooseFile(true)
    }
    FileDialog {
        id: backupDialog
        objectName: "backupDialog"
        title: qsTr("Back Up Catalog")
        fileMode: FileDialog.SaveFile
        nameFilters: [qsTr("Catalog backup (*.tar.zst *.tar.xz *.tar.gz *.zip)")]
        onAccepted: {
            AppSettings.rememberFolder("backup", selectedFile)
            page.controller.startBackup(selectedFile)
        }
    }
}
