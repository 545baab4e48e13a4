// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import org.kde.kirigami as Kirigami
import QtQuick.Controls
import QtQuick.Layouts
import Imprint.Models

// The catalog's releases; the selected one is edited next to it.
ListView {
    id: list

    required property ReleaseCatalog releases

    clip: true
    focus: true
    model: releases.model
    currentIndex: releases.model.rowOf(releases.currentReleaseId)
    keyNavigationEnabled: true
    onCurrentIndexChanged: if (currentIndex >= 0) releases.currentReleaseId = releases.model.idAt(currentIndex)
    ScrollBar.vertical: ScrollBar {}

    delegate: ItemDelegate {
        id: item
        required property int index
        required property string title
        required property string artist
        required property string typeName
        required property string releaseDate
        required property int trackCount
        width: ListView.view.width
        highlighted: ListView.isCurrentItem
        onClicked: {
            list.forceActiveFocus()
            list.currentIndex = index
        }
        contentItem: ColumnLayout {
            spacing: 0
            Label {
                Layout.fillWidth: true
                text: item.title
                font.bold: true
                elide: Text.ElideRight
                color: item.highlighted ? Kirigami.Theme.highlightedTextColor : Kirigami.Theme.textColor
            }
            Label {
                Layout.fillWidth: true
                text: [item.artist, item.typeName, qsTr("%n track(s)", "", item.trackCount),
                       item.releaseDate].filter(part => part.length > 0).join(" · ")
                opacity: 0.75
                font.pixelSize: 12
                elide: Text.ElideRight
                color: item.highlighted ? Kirigami.Theme.highlightedTextColor : Kirigami.Theme.textColor
            }
        }
    }
}
