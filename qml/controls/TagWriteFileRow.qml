// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import org.kde.kirigami as Kirigami
import Imprint
import QtQuick.Controls
import QtQuick.Layouts
import Imprint.Models

// One file of a tag write: its track, path and status; a failure with its reason in red; the
// field changes (the file's value → the catalog's) when expanded by a click or Space.
ItemDelegate {
    id: row

    required property int index
    required property string trackTitle
    required property string file
    required property int status
    required property string statusText
    required property int changeCount
    required property var changes
    required property string reason
    required property bool failed

    // The first file's changes show at once, as an example; the others open on demand.
    property bool expanded: index === 0 && changeCount > 0
    readonly property bool expandable: changeCount > 0
    readonly property color failureColor: Tones.negative
    readonly property color doneColor: Tones.positive

    width: ListView.view ? ListView.view.width : implicitWidth
    // The current row takes the keys when the list has focus: Space expands it.
    focus: true
    onClicked: {
        row.ListView.view.currentIndex = row.index
        if (expandable)
            expanded = !expanded
    }

    background: Rectangle {
        color: row.failed ? Qt.alpha(row.failureColor, 0.08)
                          : row.ListView.isCurrentItem && row.ListView.view.activeFocus
                            ? Qt.alpha(Kirigami.Theme.highlightColor, 0.15) : "transparent"
        Rectangle {
            anchors.left: parent.left
            width: 3
            height: parent.height
            visible: row.failed
            color: row.failureColor
        }
    }

    contentItem: ColumnLayout {
        spacing: 4

        RowLayout {
            Layout.fillWidth: true
            spacing: 8
            Label {
                Layout.preferredWidth: 12
                text: row.expanded ? "▾" : "▸"
                visible: row.expandable
                opacity: 0.7
            }
            Item {
                Layout.preferredWidth: 12
                visible: !row.expandable
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 0
                Label {
                    Layout.fillWidth: true
                    text: row.trackTitle
                    font.bold: true
                    elide: Text.ElideRight
                }
                Label {
                    Layout.fillWidth: true
                    text: row.file
                    elide: Text.ElideMiddle
                    opacity: 0.7
                    font.pixelSize: 12
                }
            }
            Label {
                objectName: "fileStatus"
                text: row.statusText
                font.bold: row.failed || row.status === TagWriteListModel.Written
                color: row.failed ? row.failureColor
                                  : row.status === TagWriteListModel.Written ? row.doneColor : Kirigami.Theme.textColor
                opacity: row.status === TagWriteListModel.Unchanged
                         || row.status === TagWriteListModel.Cancelled ? 0.6 : 1.0
            }
        }
        Label {
            Layout.fillWidth: true
            Layout.leftMargin: 20
            visible: row.failed
            text: row.reason
            color: row.failureColor
            wrapMode: Text.Wrap
        }
        ColumnLayout {
            Layout.fillWidth: true
            Layout.leftMargin: 20
            visible: row.expanded
            spacing: 2

            Repeater {
                model: row.expanded ? row.changes : []
                delegate: RowLayout {
                    id: change
                    required property var modelData
                    Layout.fillWidth: true
                    spacing: 8
                    ElidedLabel {
                        Layout.preferredWidth: 120
                        text: change.modelData.label
                        opacity: 0.8
                    }
                    ElidedLabel {
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        text: change.modelData.before.length > 0 ? change.modelData.before : qsTr("(empty)")
                        font.strikeout: change.modelData.before.length > 0
                        opacity: 0.6
                    }
                    Label {
                        text: "→"
                        opacity: 0.6
                    }
                    ElidedLabel {
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        text: change.modelData.after.length > 0 ? change.modelData.after : qsTr("(removed)")
                    }
                }
            }
        }
    }
}
