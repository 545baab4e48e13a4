// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A transient message at the foot of the window, for what has no field to stand under (a save
// that failed, a file that could not be read). It closes by itself after a few seconds, longer
// for an error and never while the pointer rests on it, or at once with its close button or Esc.
Popup {
    id: toast

    property string text
    /// "error" or "information", as InlineMessage.
    property string type: "information"
    /// Milliseconds it stays while the pointer is elsewhere.
    property int timeout: type === "error" ? 10000 : 5000

    function show(message, kind) {
        text = message
        type = kind ?? "information"
        open()
        countdown.restart()
    }

    objectName: "notification"
    padding: 6

    Timer {
        id: countdown
        interval: toast.timeout
        running: toast.opened && !hover.hovered
        onTriggered: toast.close()
    }

    contentItem: RowLayout {
        spacing: 6
        HoverHandler {
            id: hover
        }
        InlineMessage {
            Layout.fillWidth: true
            maximumTextWidth: toast.parent ? toast.parent.width * 0.6 : 500
            text: toast.text
            type: toast.type
        }
        ToolButton {
            objectName: "closeNotification"
            text: qsTr("Close")
            icon.name: "dialog-close"
            display: AbstractButton.IconOnly
            onClicked: toast.close()
            Accessible.name: qsTr("Close")
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Close")
        }
    }
}
