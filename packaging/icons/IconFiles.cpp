// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
// The application icon for Windows and macOS, made at build time from the one scalable icon
// (packaging/linux/app.imprint.Imprint.svg): an .ico for imprint.exe and the installer, an .icns
// for Imprint.app. Both hold PNG images, which Windows (Vista and later) and macOS (10.7 and
// later) read in these containers.
//
//   imprint_icon_files SVG OUT.ico OUT.icns
#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgRenderer>
#include <QtEndian>

#include <cstdio>

namespace
{

QByteArray png(QSvgRenderer &svg, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    svg.render(&painter);
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

template<typename T>
void append(QByteArray &out, T value) // little-endian, as the .ico format is
{
    const T little = qToLittleEndian(value);
    out.append(reinterpret_cast<const char *>(&little), sizeof little);
}

void appendBig(QByteArray &out, quint32 value) // big-endian, as the .icns format is
{
    const quint32 big = qToBigEndian(value);
    out.append(reinterpret_cast<const char *>(&big), sizeof big);
}

// ICONDIR, one ICONDIRENTRY per image (a width or height of 256 is written as 0), then the PNGs.
QByteArray ico(QSvgRenderer &svg)
{
    const QList<int> sizes { 16, 20, 24, 32, 40, 48, 64, 128, 256 };
    QList<QByteArray> images;
    for (int size : sizes)
        images.append(png(svg, size));
    QByteArray out;
    append<quint16>(out, 0);
    append<quint16>(out, 1); // an icon, not a cursor
    append<quint16>(out, quint16(sizes.size()));
    quint32 offset = 6 + 16 * quint32(sizes.size());
    for (qsizetype i = 0; i < sizes.size(); ++i) {
        const quint8 side = sizes[i] >= 256 ? 0 : quint8(sizes[i]);
        out.append(char(side));
        out.append(char(side));
        out.append(char(0)); // no palette
        out.append(char(0));
        append<quint16>(out, 1); // planes
        append<quint16>(out, 32); // bits per pixel
        append<quint32>(out, quint32(images[i].size()));
        append<quint32>(out, offset);
        offset += quint32(images[i].size());
    }
    for (const QByteArray &image : std::as_const(images))
        out.append(image);
    return out;
}

// "icns", the file's length, then per image its type, its length with this header, the PNG.
QByteArray icns(QSvgRenderer &svg)
{
    const QList<std::pair<const char *, int>> types { { "icp4", 16 }, { "icp5", 32 }, { "icp6", 64 },
        { "ic07", 128 }, { "ic08", 256 }, { "ic09", 512 }, { "ic10", 1024 } };
    QByteArray elements;
    for (const auto &[type, size] : types) {
        const QByteArray image = png(svg, size);
        elements.append(type, 4);
        appendBig(elements, quint32(8 + image.size()));
        elements.append(image);
    }
    QByteArray out("icns", 4);
    appendBig(out, quint32(8 + elements.size()));
    return out + elements;
}

bool write(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path); // a half-written icon never replaces a whole one
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return true;
    std::fprintf(stderr, "imprint_icon_files: cannot write %s: %s\n", qPrintable(path),
        qPrintable(file.errorString()));
    return false;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // a build machine may have no display
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: imprint_icon_files SVG OUT.ico OUT.icns\n");
        return 2;
    }
    QSvgRenderer svg(args.at(1));
    if (!svg.isValid()) {
        std::fprintf(stderr, "imprint_icon_files: %s is not a readable SVG image\n", qPrintable(args.at(1)));
        return 1;
    }
    return write(args.at(2), ico(svg)) && write(args.at(3), icns(svg)) ? 0 : 1;
}
