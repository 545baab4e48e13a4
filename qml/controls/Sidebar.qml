// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// The list of pages. Pages arrive with their features; the catalog is the first.
Pane {
    id: sidebar

    property int currentIndex: 0
    property int trackCount: 0
    property int releaseCount: 0
    property int failingCount: 0
    property int workCount: 0
    property int partyCount: 0
    // One entry per page, in the order of the StackLayout in Main.qml.
    readonly property var pages: [
        { key: "catalog", title: qsTr("Catalog"), detail: qsTr("%n track(s)", "", sidebar.trackCount) },
        { key: "releases", title: qsTr("Releases"), detail: qsTr("%n release(s)", "", sidebar.releaseCount) },
        { key: "works", title: qsTr("Works"), detail: qsTr("%n work(s)", "", sidebar.workCount) },
        { key: "parties", title: qsTr("Parties"), detail: qsTr("%n name(s)", "", sidebar.partyCount) },
        { key: "calendar", title: qsTr("Calendar"), detail: qsTr("Release plan") },
        { key: "quality", title: qsTr("Quality"), detail: qsTr("%n failing", "", sidebar.failingCount) },
        { key: "rights", title: qsTr("Rights"), detail: qsTr("Readiness and clearance") },
        { key: "deliveries", title: qsTr("Deliveries"), detail: qsTr("Packages and backups") }
    ]

    function indexOf(key) {
        return pages.findIndex(page => page.key === key)
    }

    padding: 0

    ColumnLayout {
        anchors.fill: parent
        anchors.topMargin: 8
        spacing: 2

        Repeater {
            model: sidebar.pages
            delegate: ItemDelegate {
                required property int index
                required property var modelData
                Layout.fillWidth: true
                highlighted: sidebar.currentIndex === index
                onClicked: sidebar.currentIndex = index
                contentItem: ColumnLayout {
                    spacing: 0
                    Label {
                        text: modelData.title
                        font.bold: true
                    }
                    Label {
                        text: modelData.detail
                        opacity: 0.7
                        font.pixelSize: 12
                    }
                }
            }
        }
        Item {
            Layout.fillHeight: true
        }
    }
}
