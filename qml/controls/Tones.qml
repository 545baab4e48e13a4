// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
pragma Singleton
import QtQuick
import org.kde.kirigami as Kirigami

// The colours that carry a meaning (a blocker, a warning, done, overdue…), all from the colour
// scheme through Kirigami.Theme, so they follow light and dark palettes. Presentation only:
// the states themselves are decided in C++.
QtObject {
    readonly property color negative: Kirigami.Theme.negativeTextColor
    readonly property color neutral: Kirigami.Theme.neutralTextColor
    readonly property color positive: Kirigami.Theme.positiveTextColor
    readonly property color information: Kirigami.Theme.linkColor
    readonly property color tooLate: Kirigami.Theme.visitedLinkColor

    /// A milestone's or release's state on the calendar and in the agenda.
    function milestone(state, hardLimitPassed) {
        if (hardLimitPassed)
            return tooLate
        switch (state) {
        case "done": return positive
        case "overdue": return negative
        case "atRisk": return neutral
        default: return information
        }
    }
    /// "error", "warning" or "information" (InlineMessage's types).
    function message(type) {
        return type === "error" ? negative : type === "warning" ? neutral : information
    }
}
