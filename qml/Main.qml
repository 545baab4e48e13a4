// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Imprint
import Imprint.Models
import Imprint.App

ApplicationWindow {
    id: window

    required property CatalogSession session

    width: 1440
    height: 900
    minimumWidth: 900
    minimumHeight: 560
    visible: true
    title: qsTr("Imprint")

    readonly property int pageCount: sidebar.pages.length
    readonly property string currentPageKey: sidebar.pages[sidebar.currentIndex]?.key ?? ""
    // Background work in progress (screenshots wait for it to finish).
    readonly property bool busy: importer.running || analyzer.running || delivery.running || tagWriter.running

    function chooseImportFolder() {
        folderDialog.open()
    }

    // For keyboard navigation, the self-test and screenshots: shows a page by key or position.
    function showPage(key) {
        const index = sidebar.indexOf(key)
        if (index >= 0)
            sidebar.currentIndex = index
        return index >= 0
    }
    function showPageAt(index) {
        if (index >= 0 && index < pageCount)
            sidebar.currentIndex = index
    }
    // "Write Tags" for a list of track ids; subject says what they are ("Glass Harbour").
    function writeTags(trackIds, subject) {
        if (!tagWriter.running)
            writeTagsDialog.openForTracks(trackIds, subject)
    }
    function writeAllTags() {
        if (!tagWriter.running)
            writeTagsDialog.openForAll()
    }
    // New Release (Ctrl+N, the Releases page, a day on the calendar). From the calendar the new
    // release is shown there; from anywhere else the Releases page opens on it.
    function newRelease(isoDate, fromCalendar) {
        newReleaseDialog.showReleasesAfter = !fromCalendar
        newReleaseDialog.ask(isoDate ?? "", window.session.releases.current.artist ?? "")
    }
    // Fix links (FixLink): shows the target's page, lets the page select the record and open the
    // tab (its focusTarget), then puts the keyboard in the control named by target.field.
    function navigateTo(target) {
        if (!target || !showPage(target.page))
            return false
        const page = pageStack.children[sidebar.currentIndex]
        if (page.focusTarget)
            page.focusTarget(target)
        // After the bindings that follow the selection have shown the record's controls.
        Qt.callLater(() => window.focusControl(page, target.field ?? ""))
        return true
    }
    // The first visible item named name under item (a hidden one if none is visible).
    // Visual children only: a control's contentItem is one of them once it exists, and asking for
    // it would create a deferred one (in a delegate being destroyed, too).
    function findControl(item, name) {
        let hidden = null
        for (const child of item.children) {
            const found = child.objectName === name ? child : window.findControl(child, name)
            if (found && found.visible)
                return found
            hidden = hidden ?? found
        }
        return hidden
    }
    // The control itself, or its editor (EditableField, ChoiceField); scrolled into view.
    function focusControl(page, name) {
        const control = name.length > 0 ? window.findControl(page, name) : null
        const focusable = control ? (control.editor ?? control) : page
        focusable.forceActiveFocus()
        for (let p = focusable.parent; control && p; p = p.parent) {
            if (p.contentY !== undefined && p.flickableDirection !== undefined) {
                const y = focusable.mapToItem(p.contentItem, 0, 0).y
                if (y < p.contentY || y + focusable.height > p.contentY + p.height)
                    p.contentY = Math.max(0, Math.min(y - 24, p.contentHeight - p.height))
                break
            }
        }
        return control
    }
    // For screenshots (--dialog KEY): opens a dialog on the page shown.
    function openDialog(key) {
        if (key === "newrelease") {
            newRelease("", sidebar.currentIndex === sidebar.indexOf("calendar"))
            return true
        }
        if (key === "tags") {
            writeAllTags()
            return true
        }
        if (key === "terms") {
            rightsPage.termsDialog.open()
            return true
        }
        return false
    }

    Instantiator {
        model: 9
        delegate: Shortcut {
            required property int index
            sequence: "Ctrl+" + (index + 1)
            enabled: index < window.pageCount
            onActivated: window.showPageAt(index)
        }
    }

    ImportController {
        id: importer
        session: window.session
        onRunningChanged: if (importer.running) importDialog.open()
    }

    AnalysisController {
        id: analyzer
        session: window.session
    }

    DeliveryController {
        id: delivery
        session: window.session
    }

    TagWriteController {
        id: tagWriter
        session: window.session
    }

    WriteTagsDialog {
        id: writeTagsDialog
        controller: tagWriter
        anchors.centerIn: parent
    }

    NewReleaseDialog {
        id: newReleaseDialog
        property bool showReleasesAfter: true
        releases: window.session.releases
    }
    Connections {
        target: window.session.releases
        function onReleaseCreated() {
            if (newReleaseDialog.showReleasesAfter)
                window.showPage("releases")
        }
    }

    FolderDialog {
        id: folderDialog
        title: qsTr("Import a Folder of Takes")
        onAccepted: importer.requestImport(selectedFolder)
    }

    ImportDialog {
        id: importDialog
        importer: importer
        anchors.centerIn: parent
    }
    CopyIntoLibraryDialog {
        importer: importer
    }

    Shortcut {
        sequences: [StandardKey.Undo]
        enabled: window.session.history.canUndo
        onActivated: window.session.history.undo()
    }
    Shortcut {
        sequences: ["Ctrl+Shift+Z", "Ctrl+Y"]
        enabled: window.session.history.canRedo
        onActivated: window.session.history.redo()
    }
    Shortcut {
        sequence: "Ctrl+I"
        enabled: !importer.running
        onActivated: window.chooseImportFolder()
    }
    Shortcut {
        sequences: [StandardKey.New]
        onActivated: {
            const onCalendar = sidebar.currentIndex === sidebar.indexOf("calendar")
            window.newRelease(onCalendar ? calendarPage.selectedIsoDate() : "", onCalendar)
        }
    }
    Shortcut {
        sequences: [StandardKey.Quit]
        onActivated: Qt.quit()
    }

    header: ToolBar {
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 8
            anchors.rightMargin: 8
            spacing: 4

            Label {
                text: qsTr("Imprint")
                font.bold: true
                font.pixelSize: 18
                Layout.rightMargin: 16
            }
            ToolButton {
                text: qsTr("Import Folder…")
                enabled: !importer.running
                onClicked: window.chooseImportFolder()
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Import audio and artwork from a folder (Ctrl+I)")
            }
            ToolSeparator {}
            ToolButton {
                text: qsTr("Undo")
                enabled: window.session.history.canUndo
                onClicked: window.session.history.undo()
                ToolTip.visible: hovered
                ToolTip.text: window.session.history.undoText
            }
            ToolButton {
                text: qsTr("Redo")
                enabled: window.session.history.canRedo
                onClicked: window.session.history.redo()
                ToolTip.visible: hovered
                ToolTip.text: window.session.history.redoText
            }
            Item {
                Layout.fillWidth: true
            }
            BusyIndicator {
                running: window.session.loading || importer.running || analyzer.running || delivery.running
                         || tagWriter.running
                visible: running
                implicitWidth: 28
                implicitHeight: 28
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        ReminderBanner {
            Layout.fillWidth: true
            reminders: window.session.planning.reminders
            onShowRequested: window.showPage("calendar")
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0

            Sidebar {
                id: sidebar
                Layout.fillHeight: true
                Layout.preferredWidth: 200
                trackCount: window.session.trackCount
                releaseCount: window.session.releases.model.count
                failingCount: window.session.quality.model.failingCount
                workCount: window.session.credits.works.count
                partyCount: window.session.credits.parties.count
            }

            StackLayout {
                id: pageStack
                Layout.fillWidth: true
                Layout.fillHeight: true
                currentIndex: sidebar.currentIndex

                CatalogPage {
                    session: window.session
                    importer: importer
                    onImportRequested: window.chooseImportFolder()
                    onWriteTagsRequested: (trackIds, subject) => window.writeTags(trackIds, subject)
                    onWriteAllTagsRequested: window.writeAllTags()
                }
                ReleasesPage {
                    session: window.session
                    onNewReleaseRequested: window.newRelease("", false)
                    onWriteTagsRequested: (trackIds, subject) => window.writeTags(trackIds, subject)
                }
                WorksPage {
                    session: window.session
                }
                PartiesPage {
                    session: window.session
                }
                CalendarPage {
                    id: calendarPage
                    session: window.session
                    onNewReleaseRequested: isoDate => window.newRelease(isoDate, true)
                }
                QualityPage {
                    session: window.session
                    analyzer: analyzer
                }
                RightsPage {
                    id: rightsPage
                    session: window.session
                }
                DeliveriesPage {
                    session: window.session
                    controller: delivery
                }
            }
        }
    }

    footer: ToolBar {
        Label {
            anchors.fill: parent
            anchors.leftMargin: 12
            verticalAlignment: Text.AlignVCenter
            elide: Text.ElideMiddle
            text: importer.running
                  ? qsTr("Importing %1 of %2…").arg(importer.done).arg(importer.total)
                  : qsTr("%n track(s) · %1", "", window.session.trackCount).arg(window.session.catalogPath)
        }
    }

    Connections {
        target: window.session
        function onErrorOccurred(message) {
            notification.show(message, "error")
        }
    }

    Notification {
        id: notification
        x: (window.width - width) / 2
        y: window.height - height - 60
    }
}
