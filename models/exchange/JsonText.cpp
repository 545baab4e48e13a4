// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "JsonText.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

namespace Imprint::JsonText
{

namespace
{

// Text::tr() looks messages up under the context lupdate files them under.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(JsonText)
};

} // namespace

Position positionOf(const QByteArray &bytes, qsizetype offset)
{
    const QByteArrayView before = QByteArrayView(bytes).first(qBound(qsizetype(0), offset, bytes.size()));
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    const int line = int(before.count('\n')) + 1;
    // Columns count characters, not bytes, as editors do.
    const int column = int(QString::fromUtf8(before.sliced(lineStart)).size()) + 1;
    return { line, column };
}

QJsonObject parseObject(const QByteArray &bytes, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const Position at = positionOf(bytes, parseError.offset);
        *error = Text::tr("not valid JSON at line %1, column %2: %3")
                     .arg(at.line)
                     .arg(at.column)
                     .arg(parseError.errorString());
        return {};
    }
    if (!document.isObject()) {
        *error = Text::tr("the top level is not a JSON object: not an Imprint catalog export");
        return {};
    }
    return document.object();
}

} // namespace Imprint::JsonText
