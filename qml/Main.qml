// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.kde.kirigami as Kirigami
import Imprint
import Imprint.Models
import Imprint.App

// The main window: a Kirigami application window with the menu bar, the pages in the global
// drawer (the sidebar) and the page shown in one Kirigami page, whose toolbar holds the window's
// main commands. The pages keep their state while another is shown.
Kirigami.ApplicationWindow {
    id: window

    required property CatalogSession session

    /// File › New/Open Catalog and Open Recent: Imprint starts again on that catalog
    /// (GuiApplication); create: the file is made new.
    signal catalogRequested(string path, bool create)
    /// This catalog again, after what opening it reads changed (File › Library Folder…).
    signal reopenRequested()

    width: 1440
    height: 900
    minimumWidth: 900
    minimumHeight: 560
    visible: true
    title: qsTr("Imprint")
    pageStack.globalToolBar.style: Kirigami.ApplicationHeaderStyle.ToolBar
    pageStack.globalToolBar.showNavigationButtons: Kirigami.ApplicationHeaderStyle.NoNavigationButtons

    readonly property int pageCount: sidebar.pages.length
    readonly property string currentPageKey: sidebar.pages[sidebar.currentIndex]?.key ?? ""
    // Background work in progress (screenshots wait for it to finish).
    readonly property bool busy: importer.running || analyzer.running || delivery.running || tagWriter.running

    readonly property Item currentPage: pageLayout.children[sidebar.currentIndex] ?? null
    // The window's dialogs (tests reach the ones without a key in openDialog through it).
    readonly property alias mainDialogs: dialogs

    function chooseImportFolder() {
        dialogs.chooseImportFolder()
    }
    // Another catalog (a path or a file URL); the one open now stays.
    function openCatalog(path, create) {
        if (String(path).length === 0 || String(path) === window.session.catalogPath)
            return
        // A team catalog from Open Recent is tried first: the server may be away or want a password.
        if (/^postgres(ql)?:\/\//i.test(String(path)) && !dialogs.teamCatalog.visible)
            dialogs.teamCatalog.ask(String(path))
        else
            window.catalogRequested(String(path), create)
    }
    function backUpCatalog() {
        showPage("deliveries")
        deliveriesPage.backUp()
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
        if (!tagWriter.running && !window.session.readOnly)
            dialogs.writeTags.openForTracks(trackIds, subject)
    }
    function writeAllTags() {
        if (!tagWriter.running && !window.session.readOnly)
            dialogs.writeTags.openForAll()
    }
    // New Release (Ctrl+N, the Releases page, a day on the calendar). From the calendar the new
    // release is shown there; from anywhere else the Releases page opens on it.
    function newRelease(isoDate, fromCalendar) {
        dialogs.askNewRelease(isoDate, fromCalendar)
    }
    // Fix links (FixLink): shows the target's page, lets the page select the record and open the
    // tab (its focusTarget), then puts the keyboard in the control named by target.field.
    function navigateTo(target) {
        if (!target || !showPage(target.page))
            return false
        const page = pageLayout.children[sidebar.currentIndex]
        if (page.focusTarget)
            page.focusTarget(target)
        // After the bindings that follow the selection have shown the record's controls.
        Qt.callLater(() => focuser.focusWhenShown(page, target.field ?? ""))
        return true
    }
    // The first visible item named name under item; "a/b" is the b inside a (ControlFocuser).
    function findControl(item, name) {
        return focuser.find(item, name)
    }
    // The control itself, or its editor; scrolled into view.
    function focusControl(page, name) {
        return focuser.focus(page, name)
    }
    // For screenshots (--dialog KEY) and the tests that walk every dialog: opens a dialog of
    // the window or of the page shown, and gives it (null for an unknown key).
    function openDialog(key) {
        const onCalendar = sidebar.currentIndex === sidebar.indexOf("calendar")
        const byKey = {
            "newrelease": { dialog: dialogs.newRelease, open: () => newRelease("", onCalendar) },
            "tags": { dialog: dialogs.writeTags, open: () => writeAllTags() },
            "team": { dialog: dialogs.teamCatalog, open: () => dialogs.teamCatalog.ask() },
            "library": { dialog: dialogs.libraryFolder, open: () => dialogs.libraryFolder.ask() },
            "import": { dialog: dialogs.importProgress },
            "about": { dialog: dialogs.about },
            "shortcuts": { dialog: dialogs.shortcuts },
            "terms": { dialog: rightsPage.termsDialog },
            "duplicates": { dialog: catalogPage.duplicatesDialog, open: () => catalogPage.openDuplicates() }
        }
        const entry = byKey[key]
        if (!entry)
            return null
        if (entry.open)
            entry.open()
        else
            entry.dialog.open()
        return entry.dialog
    }

    MainActions {
        id: mainActions
        importing: importer.running
        readOnly: window.session.readOnly
        canUndo: window.session.history.canUndo
        canRedo: window.session.history.canRedo
        undoText: window.session.history.undoText
        redoText: window.session.history.redoText
        canBackUp: !delivery.running
        pageHasSearch: typeof window.currentPage?.focusSearch === "function"
        pageSelectsAll: typeof window.currentPage?.selectAll === "function"
        onNewCatalog: dialogs.chooseCatalog(true)
        onOpenCatalog: dialogs.chooseCatalog(false)
        onOpenTeamCatalog: dialogs.teamCatalog.ask()
        onImportFolder: window.chooseImportFolder()
        onChooseLibraryFolder: dialogs.libraryFolder.ask()
        onBackUp: window.backUpCatalog()
        onQuit: window.close()
        onUndo: window.session.history.undo()
        onRedo: window.session.history.redo()
        onSelectAll: window.currentPage.selectAll()
        onFind: window.currentPage.focusSearch()
        onReload: window.session.reload()
        onNewRelease: {
            const onCalendar = sidebar.currentIndex === sidebar.indexOf("calendar")
            window.newRelease(onCalendar ? calendarPage.selectedIsoDate() : "", onCalendar)
        }
        onShowShortcuts: dialogs.shortcuts.open()
        onShowAbout: dialogs.about.open()
    }
    // Ctrl+Y redoes too, as on other systems.
    Shortcut {
        sequences: ["Ctrl+Y"]
        enabled: mainActions.redoAction.enabled
        onActivated: mainActions.redoAction.trigger()
    }

    menuBar: MainMenuBar {
        actions: mainActions
        pages: sidebar.pages
        currentCatalog: window.session.catalogPath
        onPageRequested: index => window.showPageAt(index)
        onRecentCatalogRequested: path => window.openCatalog(path, false)
    }

    globalDrawer: Kirigami.OverlayDrawer {
        objectName: "pageDrawer"
        edge: Qt.application.layoutDirection === Qt.RightToLeft ? Qt.RightEdge : Qt.LeftEdge
        modal: false
        handleVisible: false
        width: Kirigami.Units.gridUnit * 12
        leftPadding: 0
        rightPadding: 0
        topPadding: 0
        bottomPadding: 0
        contentItem: Sidebar {
            id: sidebar
            trackCount: window.session.trackCount
            releaseCount: window.session.releases.model.count
            failingCount: window.session.quality.model.failingCount
            workCount: window.session.credits.works.count
            partyCount: window.session.credits.parties.count
        }
    }

    pageStack.initialPage: Kirigami.Page {
        id: shell
        objectName: "shellPage"
        title: sidebar.pages[sidebar.currentIndex]?.title ?? ""
        padding: 0
        actions: [mainActions.importFolderAction, mainActions.undoAction, mainActions.redoAction,
                  mainActions.newReleaseAction]

        ColumnLayout {
            anchors.fill: parent
            spacing: 0

            ReadOnlyBanner {
                Layout.fillWidth: true
                session: window.session
            }
            LibraryFolderBanner {
                Layout.fillWidth: true
                session: window.session
                chooseAction: mainActions.libraryFolderAction
            }
            LiveUpdatesBanner {
                Layout.fillWidth: true
                problem: window.session.liveUpdatesProblem
                reloadAction: mainActions.reloadAction
            }
            ReminderBanner {
                Layout.fillWidth: true
                reminders: window.session.planning.reminders
                onShowRequested: window.showPage("calendar")
            }

            StackLayout {
                id: pageLayout
                Layout.fillWidth: true
                Layout.fillHeight: true
                currentIndex: sidebar.currentIndex
                // Keys typed after a page change must not go to a control of the page now hidden
                // (the catalog's search, say): the page shown takes the focus it had.
                onCurrentIndexChanged: Qt.callLater(() => {
                    const focused = window.activeFocusItem
                    if (window.currentPage && (!focused || !focused.visible))
                        window.currentPage.forceActiveFocus()
                })

                CatalogPage {
                    id: catalogPage
                    session: window.session
                    importer: importer
                    onImportRequested: window.chooseImportFolder()
                    onWriteTagsRequested: (trackIds, subject) => window.writeTags(trackIds, subject)
                    onWriteAllTagsRequested: window.writeAllTags()
                    onNewReleaseRequested: window.newRelease("", false)
                    onShowTrackRequested: (pageKey, trackId) => window.navigateTo(
                        { page: pageKey, record: "track", recordId: trackId, tab: "", field: "" })
                    onOpenFolderRequested: folder => Qt.openUrlExternally(folder)
                }
                ReleasesPage {
                    session: window.session
                    onNewReleaseRequested: window.newRelease("", false)
                    onImportRequested: window.chooseImportFolder()
                    onLibraryFolderRequested: dialogs.libraryFolder.ask()
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
                    onImportRequested: window.chooseImportFolder()
                    onLibraryFolderRequested: dialogs.libraryFolder.ask()
                }
                RightsPage {
                    id: rightsPage
                    session: window.session
                    onImportRequested: window.chooseImportFolder()
                }
                DeliveriesPage {
                    id: deliveriesPage
                    session: window.session
                    controller: delivery
                    onNewReleaseRequested: window.newRelease("", false)
                    onImportRequested: window.chooseImportFolder()
                }
            }
        }
    }

    footer: ToolBar {
        position: ToolBar.Footer
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: Kirigami.Units.largeSpacing
            anchors.rightMargin: Kirigami.Units.largeSpacing
            Label {
                objectName: "statusLabel"
                Layout.fillWidth: true
                elide: Text.ElideMiddle
                text: importer.running
                      ? qsTr("Importing %1 of %2…").arg(importer.done).arg(importer.total)
                      : qsTr("%n track(s) · %1", "", window.session.trackCount).arg(window.session.catalogPath)
            }
            BusyIndicator {
                running: window.session.loading || window.busy
                visible: running
                implicitWidth: Kirigami.Units.iconSizes.smallMedium
                implicitHeight: Kirigami.Units.iconSizes.smallMedium
            }
        }
    }

    ControlFocuser {
        id: focuser
    }

    ImportController {
        id: importer
        session: window.session
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

    MainDialogs {
        id: dialogs
        anchors.fill: parent
        session: window.session
        importer: importer
        tagWriter: tagWriter
        commands: [mainActions.newCatalogAction, mainActions.openCatalogAction, mainActions.importFolderAction,
                   mainActions.quitAction, mainActions.undoAction, mainActions.redoAction,
                   mainActions.selectAllAction, mainActions.findAction, mainActions.reloadAction,
                   mainActions.newReleaseAction]
                  .filter(action => action.shortcut !== undefined && String(action.shortcut).length > 0)
        onCatalogChosen: (path, create) => window.openCatalog(path, create)
        onTeamCatalogOpened: address => window.catalogRequested(address, false)
        onLibraryFolderUsed: window.reopenRequested()
        onReleasesPageRequested: window.showPage("releases")
        onAnalyzeRequested: {
            window.showPage("quality")
            analyzer.start()
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
