// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import QtTest
import Imprint
import "ItemWalk.js" as Walk

// Issue 13: a notification closes by itself, and at once with its close button.
TestCase {
    id: testCase
    name: "Notification"
    when: windowShown
    visible: true
    width: 800
    height: 600

    Component {
        id: notificationComponent
        Notification {}
    }

    function test_closesByItself() {
        const toast = createTemporaryObject(notificationComponent, testCase)
        toast.show("The change was not saved: disk full", "error")
        tryCompare(toast, "opened", true)
        compare(toast.type, "error")
        verify(toast.timeout > 0)
        // Errors stay longer than information, but not for ever.
        verify(toast.timeout <= 15000)
        toast.timeout = 50
        tryCompare(toast, "visible", false, 5000)
    }

    function test_closeButtonClosesAtOnce() {
        const toast = createTemporaryObject(notificationComponent, testCase)
        toast.show("Saved a copy", "information")
        tryCompare(toast, "opened", true)
        const close = Walk.findNamed(toast.contentItem, "closeNotification")
        verify(close && close.visible)
        mouseClick(close)
        tryCompare(toast, "visible", false)
    }
}
