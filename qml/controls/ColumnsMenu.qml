// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import QtQuick.Controls
import Imprint.App

// Which columns a table shows (a check item per column; the last one shown stays) and the
// widths back to their defaults. Opened from the table's header or its context columnsMenu.
Menu {
    id: columnsMenu

    required property TableColumns columns
    /// The columns' titles, in the model's order.
    required property var titles

    title: qsTr("Columns")

    Instantiator {
        model: columnsMenu.titles
        delegate: MenuItem {
            id: item
            required property int index
            required property string modelData
            // Null while the menu is taken down.
            readonly property TableColumns columns: columnsMenu?.columns ?? null
            function shown() {
                return item.columns !== null && item.columns.revision >= 0 && item.columns.isShown(item.index)
            }
            objectName: "showColumn_" + (columns?.keys[index] ?? index)
            text: modelData
            checkable: true
            checked: item.shown()
            enabled: item.columns !== null && item.columns.revision >= 0 && !item.columns.isLastShown(index)
            onToggled: {
                item.columns.setShown(item.index, item.checked)
                item.checked = Qt.binding(() => item.shown())
            }
        }
        onObjectAdded: (index, object) => columnsMenu.insertItem(index, object)
        onObjectRemoved: (index, object) => columnsMenu.removeItem(object)
    }
    MenuSeparator {}
    MenuItem {
        objectName: "resetColumnWidths"
        text: qsTr("Reset Column Widths")
        icon.name: "edit-reset"
        onTriggered: columnsMenu.columns.resetWidths()
    }
}
