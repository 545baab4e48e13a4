// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include <QSet>
#include <QString>

namespace Imprint
{

/// Equal texts read for many rows held once. Every QString a query returns has a buffer of its
/// own, and a large catalog repeats a few values (a release's title, a genre, a format, "1") in
/// hundreds of thousands of rows (issue 18). Meant for one read: what it holds goes with it.
class StringPool
{
public:
    /// text, or an equal text handed out before (sharing its buffer).
    QString operator()(const QString &text)
    {
        if (text.isEmpty())
            return text;
        const auto found = m_texts.constFind(text);
        if (found != m_texts.cend())
            return *found;
        m_texts.insert(text);
        return text;
    }

private:
    QSet<QString> m_texts;
};

} // namespace Imprint
