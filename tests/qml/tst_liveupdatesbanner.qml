// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import QtTest
import org.kde.kirigami as Kirigami
import Imprint

// A team catalog whose change feed stopped: the banner says why for as long as it lasts and
// offers Reload (tst_changefeed: the session's side; tst_libraryfolder: the window's banner is
// bound to View › Reload).
TestCase {
    id: testCase
    name: "LiveUpdatesBanner"
    when: windowShown
    visible: true
    width: 1024
    height: 200

    Kirigami.Action {
        id: reload
        objectName: "reloadAction"
        text: "Reload"
        property int triggered: 0
        onTriggered: triggered++
    }
    Component {
        id: bannerComponent
        LiveUpdatesBanner {
            width: testCase.width
            reloadAction: reload
        }
    }

    function test_saysWhyAndOffersReloadWhileItLasts() {
        const banner = createTemporaryObject(bannerComponent, testCase)
        verify(!banner.visible, "nothing to say while others' changes show")
        banner.problem = "the connection to the server was lost (terminated by administrator)"
        verify(banner.visible)
        verify(banner.text.indexOf("terminated by administrator") >= 0, banner.text)
        compare(banner.actions.length, 1)
        banner.actions[0].trigger()
        compare(reload.triggered, 1)
        banner.problem = ""
        verify(!banner.visible, "gone once the feed listens again")
    }
}
