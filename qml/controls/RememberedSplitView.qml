// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import QtQuick.Controls
import Imprint.App

// A SplitView whose divider positions Imprint remembers (AppSettings, under stateKey): restored
// when the page is built, saved when the user lets go of a divider.
SplitView {
    id: split

    required property string stateKey

    Component.onCompleted: {
        const state = AppSettings.splitterState(split.stateKey)
        if (state.byteLength > 0)
            split.restoreState(state)
    }
    onResizingChanged: {
        if (!split.resizing)
            AppSettings.setSplitterState(split.stateKey, split.saveState())
    }
}
