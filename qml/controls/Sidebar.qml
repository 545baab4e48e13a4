// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.kde.kirigami as Kirigami
import org.kde.kirigami.delegates as KirigamiDelegates

// The list of pages, in the window's global drawer: each with its Breeze icon, its name and what
// it holds. Pages arrive with their features; the catalog is the first.
ScrollView {
    id: sidebar

    property int currentIndex: 0
    property int trackCount: 0
    property int releaseCount: 0
    property int failingCount: 0
    property int workCount: 0
    property int partyCount: 0
    // One entry per page, in the order of the StackLayout in Main.qml.
    readonly property var pages: [
        { key: "catalog", icon: "view-media-playlist", title: qsTr("Catalog"),
          detail: qsTr("%n track(s)", "", sidebar.trackCount) },
        { key: "releases", icon: "media-optical-audio", title: qsTr("Releases"),
          detail: qsTr("%n release(s)", "", sidebar.releaseCount) },
        { key: "works", icon: "view-media-lyrics", title: qsTr("Works"),
          detail: qsTr("%n work(s)", "", sidebar.workCount) },
        { key: "parties", icon: "group", title: qsTr("Parties"),
          detail: qsTr("%n name(s)", "", sidebar.partyCount) },
        { key: "calendar", icon: "view-calendar", title: qsTr("Calendar"), detail: qsTr("Release plan") },
        { key: "quality", icon: "view-statistics", title: qsTr("Quality"),
          detail: qsTr("%n failing", "", sidebar.failingCount) },
        { key: "rights", icon: "license", title: qsTr("Rights"), detail: qsTr("Readiness and clearance") },
        { key: "deliveries", icon: "package", title: qsTr("Deliveries"), detail: qsTr("Packages and backups") }
    ]

    function indexOf(key) {
        return pages.findIndex(page => page.key === key)
    }

    Kirigami.Theme.colorSet: Kirigami.Theme.View
    Kirigami.Theme.inherit: false
    ScrollBar.horizontal.policy: ScrollBar.AlwaysOff
    background: Rectangle {
        color: Kirigami.Theme.backgroundColor
    }

    ListView {
        id: list
        objectName: "sidebarList"
        topMargin: Kirigami.Units.smallSpacing
        bottomMargin: Kirigami.Units.smallSpacing
        // The page shown is sidebar.currentIndex alone: the list's own current index is reset
        // whenever the counts in the entries change.
        keyNavigationEnabled: false
        activeFocusOnTab: true
        model: sidebar.pages
        Accessible.role: Accessible.PageTabList
        Accessible.name: qsTr("Pages")
        Keys.onUpPressed: sidebar.currentIndex = Math.max(0, sidebar.currentIndex - 1)
        Keys.onDownPressed: sidebar.currentIndex = Math.min(sidebar.pages.length - 1, sidebar.currentIndex + 1)

        delegate: KirigamiDelegates.SubtitleDelegate {
            id: entry
            required property int index
            required property var modelData
            width: ListView.view.width
            objectName: "sidebar_" + modelData.key
            text: modelData.title
            subtitle: modelData.detail
            icon.name: modelData.icon
            highlighted: sidebar.currentIndex === index
            onClicked: sidebar.currentIndex = index
            Accessible.role: Accessible.PageTab
            ToolTip.visible: hovered
            ToolTip.delay: Kirigami.Units.toolTipDelay
            ToolTip.text: qsTr("%1 (Ctrl+%2)", "the page's shortcut").arg(modelData.title).arg(index + 1)
        }
    }
}
