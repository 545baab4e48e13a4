// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "ImageFacts.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>

using namespace Qt::StringLiterals;

namespace Imprint::Media
{

namespace
{

QString colourOf(QImage::Format format)
{
    switch (format) {
    case QImage::Format_CMYK8888:
        return u"cmyk"_s;
    case QImage::Format_Grayscale8:
    case QImage::Format_Grayscale16:
    case QImage::Format_Alpha8:
        return u"greyscale"_s;
    case QImage::Format_Mono:
    case QImage::Format_MonoLSB:
    case QImage::Format_Indexed8:
        return u"indexed"_s;
    default:
        return u"rgb"_s;
    }
}

} // namespace

ArtworkCheck::ImageFacts readImageFacts(const QString &path)
{
    ArtworkCheck::ImageFacts facts;
    const QFileInfo info(path);
    facts.path = info.absoluteFilePath();
    facts.fileSize = info.size();
    if (!info.isFile()) {
        facts.error = QCoreApplication::translate("ImageFacts", "no such file");
        return facts;
    }
    QImageReader reader(path);
    reader.setDecideFormatFromContent(true); // a PNG named .jpg is a PNG
    facts.format = QString::fromLatin1(reader.format()).toUpper();
    if (facts.format == u"JPG")
        facts.format = u"JPEG"_s;
    if (facts.format.isEmpty()) {
        facts.error = reader.errorString();
        return facts;
    }
    const QSize size = reader.size();
    facts.width = size.width();
    facts.height = size.height();
    // The header's colour model: a decoded image may already be converted for display.
    const QImage::Format headerFormat = reader.imageFormat();
    const QImage image = reader.read();
    if (image.isNull()) {
        facts.error = reader.errorString();
        return facts;
    }
    facts.decoded = true;
    facts.width = image.width();
    facts.height = image.height();
    facts.colour = colourOf(headerFormat != QImage::Format_Invalid ? headerFormat : image.format());
    if (facts.colour == u"rgb")
        facts.colour = colourOf(image.format());
    return facts;
}

} // namespace Imprint::Media
