// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
import QtQuick
import org.kde.kirigami as Kirigami
import QtQuick.Controls

// Short-term loudness over time, with a dashed line at the target level.
Canvas {
    id: canvas
    Kirigami.Theme.colorSet: Kirigami.Theme.View
    Kirigami.Theme.inherit: false

    property var points: []
    property real targetLufs: -14
    readonly property real floorLufs: -40
    readonly property real ceilingLufs: 0

    function yOf(lufs) {
        const clamped = Math.max(floorLufs, Math.min(ceilingLufs, lufs))
        return height * (ceilingLufs - clamped) / (ceilingLufs - floorLufs)
    }

    implicitHeight: 120
    onPointsChanged: requestPaint()
    onWidthChanged: requestPaint()
    onHeightChanged: requestPaint()

    onPaint: {
        const ctx = getContext("2d")
        ctx.reset()
        ctx.fillStyle = Kirigami.Theme.backgroundColor
        ctx.fillRect(0, 0, width, height)
        ctx.strokeStyle = Kirigami.ColorUtils.linearInterpolation(Kirigami.Theme.backgroundColor, Kirigami.Theme.textColor, Kirigami.Theme.frameContrast)
        ctx.setLineDash([4, 4])
        ctx.beginPath()
        ctx.moveTo(0, yOf(targetLufs))
        ctx.lineTo(width, yOf(targetLufs))
        ctx.stroke()
        ctx.setLineDash([])
        if (points.length < 2)
            return
        ctx.strokeStyle = Kirigami.Theme.highlightColor
        ctx.lineWidth = 1.5
        ctx.beginPath()
        let drawing = false
        for (let i = 0; i < points.length; ++i) {
            const value = points[i]
            const x = width * i / (points.length - 1)
            if (value === null || value === undefined) {
                drawing = false
                continue
            }
            if (drawing)
                ctx.lineTo(x, yOf(value))
            else
                ctx.moveTo(x, yOf(value))
            drawing = true
        }
        ctx.stroke()
    }

    Label {
        anchors.right: parent.right
        anchors.rightMargin: 4
        y: Math.max(0, canvas.yOf(canvas.targetLufs) - height - 2)
        text: qsTr("%1 LUFS").arg(canvas.targetLufs)
        font.pixelSize: 10
        opacity: 0.7
    }
}
