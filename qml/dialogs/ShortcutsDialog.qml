// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.kde.kirigami as Kirigami

// Help › Keyboard Shortcuts: the window's commands with their keys, then the keys that work
// inside a page.
Kirigami.Dialog {
    id: dialog
    objectName: "shortcutsDialog"

    /// Kirigami.Actions (or { text, shortcut }) of the window, in menu order.
    property var commands: []
    /// { text, shortcut } that work inside pages and tables.
    readonly property var pageKeys: [
        { text: qsTr("Show page 1 to 8 (Catalog … Deliveries)"), shortcut: qsTr("Ctrl+1 … Ctrl+8") },
        { text: qsTr("Write the selected tracks' tags"), shortcut: qsTr("Ctrl+Shift+T") },
        { text: qsTr("Extend the selection in the track table"), shortcut: qsTr("Shift+Click, Shift+Up/Down") },
        { text: qsTr("Add a track to the selection"), shortcut: qsTr("Ctrl+Click") },
        { text: qsTr("Select no track"), shortcut: qsTr("Esc") },
        { text: qsTr("Edit the selected tracks together"), shortcut: qsTr("Enter") },
        { text: qsTr("Play or pause the selected track's preview"), shortcut: qsTr("Space") },
        { text: qsTr("Actions, sorting and columns of the track table"), shortcut: qsTr("Menu, Shift+F10") },
        { text: qsTr("Sort by a column (again: the other direction)"), shortcut: qsTr("Click its header") },
        { text: qsTr("Move a track in the running order"), shortcut: qsTr("Alt+Up, Alt+Down") },
        { text: qsTr("Pick a date from a calendar (in a date field)"), shortcut: qsTr("Alt+Down") }
    ]

    title: qsTr("Keyboard Shortcuts")
    preferredWidth: Math.min(Kirigami.Units.gridUnit * 34, parent ? parent.width * 0.9 : 600)
    standardButtons: Dialog.Close

    ColumnLayout {
        spacing: Kirigami.Units.smallSpacing

        Repeater {
            model: dialog.commands.concat(dialog.pageKeys)
            delegate: RowLayout {
                required property var modelData
                Layout.fillWidth: true
                Layout.leftMargin: Kirigami.Units.largeSpacing
                Layout.rightMargin: Kirigami.Units.largeSpacing
                Label {
                    Layout.fillWidth: true
                    text: modelData.text.replace("&", "")
                    elide: Text.ElideRight
                }
                Label {
                    // An action's keys as the menus name them ("Strg+O" in German).
                    text: keys.nativeText.length > 0 ? keys.nativeText : String(modelData.shortcut)
                    color: Kirigami.Theme.disabledTextColor
                    Shortcut {
                        id: keys
                        enabled: false
                        sequence: typeof modelData.trigger === "function" ? modelData.shortcut : ""
                    }
                }
            }
        }
    }
}
