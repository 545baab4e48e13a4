// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "TableColumns.h"

#include "AppSettings.h"

#include <algorithm>
#include <cmath>

namespace Imprint
{

TableColumns::TableColumns(QObject *parent)
    : QObject(parent)
{
}

void TableColumns::setSettings(AppSettings *settings)
{
    if (settings == m_settings)
        return;
    m_settings = settings;
    load();
}

void TableColumns::setTable(const QString &table)
{
    if (table == m_table)
        return;
    m_table = table;
    load();
}

void TableColumns::setKeys(const QStringList &keys)
{
    if (keys == m_keys)
        return;
    m_keys = keys;
    bump();
}

void TableColumns::setDefaultWidths(const QList<qreal> &widths)
{
    if (widths == m_defaultWidths)
        return;
    m_defaultWidths = widths;
    bump();
}

void TableColumns::setDefaultHidden(const QStringList &keys)
{
    if (keys == m_defaultHidden)
        return;
    m_defaultHidden = keys;
    load();
}

// What was kept for this table; the defaults for what never was.
void TableColumns::load()
{
    const std::optional<QStringList> hidden
        = m_settings && !m_table.isEmpty() ? m_settings->hiddenColumns(m_table) : std::nullopt;
    m_hidden = hidden.value_or(m_defaultHidden);
    m_widths = m_settings && !m_table.isEmpty() ? m_settings->columnWidths(m_table) : QHash<QString, int>();
    Q_EMIT settingsChanged();
    bump();
}

void TableColumns::bump()
{
    ++m_revision;
    Q_EMIT changed();
}

bool TableColumns::isShown(int column) const
{
    return column >= 0 && column < m_keys.size() && !m_hidden.contains(m_keys.at(column));
}

bool TableColumns::isLastShown(int column) const
{
    if (!isShown(column))
        return false;
    return std::ranges::none_of(
        m_keys, [&](const QString &key) { return key != m_keys.at(column) && !m_hidden.contains(key); });
}

void TableColumns::setShown(int column, bool shown)
{
    if (column < 0 || column >= m_keys.size() || shown == isShown(column))
        return;
    if (!shown && isLastShown(column))
        return;
    const QString &key = m_keys.at(column);
    if (shown)
        m_hidden.removeAll(key);
    else
        m_hidden.append(key);
    if (m_settings && !m_table.isEmpty())
        m_settings->setHiddenColumns(m_table, m_hidden);
    bump();
}

bool TableColumns::isFlexible(int column) const
{
    return defaultWidth(column) <= 1 && !m_widths.contains(m_keys.value(column));
}

qreal TableColumns::defaultWidth(int column) const
{
    return m_defaultWidths.value(column, 100);
}

qreal TableColumns::width(int column, qreal available) const
{
    if (!isShown(column))
        return 0;
    const QString &key = m_keys.at(column);
    if (const auto given = m_widths.constFind(key); given != m_widths.cend())
        return *given;
    if (!isFlexible(column))
        return defaultWidth(column);
    // A share of what the fixed columns leave, among the flexible columns shown.
    qreal fixed = 0;
    qreal shares = 0;
    for (int c = 0; c < m_keys.size(); ++c) {
        if (!isShown(c))
            continue;
        if (isFlexible(c))
            shares += defaultWidth(c);
        else
            fixed += width(c, available);
    }
    const qreal share = shares > 0 ? defaultWidth(column) / shares : 1;
    return std::max<qreal>(minimumFlexibleWidth, std::floor((available - fixed) * share));
}

void TableColumns::resize(int column, qreal width)
{
    if (column < 0 || column >= m_keys.size())
        return;
    m_widths.insert(m_keys.at(column), std::max(minimumWidth, int(std::round(width))));
    bump();
}

void TableColumns::save()
{
    if (m_settings && !m_table.isEmpty())
        m_settings->setColumnWidths(m_table, m_widths);
}

void TableColumns::resetWidths()
{
    m_widths.clear();
    save();
    bump();
}

} // namespace Imprint
