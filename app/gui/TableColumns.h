// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include <QHash>
#include <QObject>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace Imprint
{

class AppSettings;

/// The columns of one table view as the user arranged them: which are shown and how wide each
/// is, remembered in AppSettings under the table's name. The view asks width(column, available)
/// in its column width provider; a hidden column is 0 wide. Columns the user never resized
/// take their default: more than 1 is pixels, up to 1 a share of the width the others leave.
class TableColumns : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    /// Where the arrangement is kept (the AppSettings singleton); nothing is kept without it.
    Q_PROPERTY(Imprint::AppSettings *settings READ settings WRITE setSettings NOTIFY settingsChanged)
    /// The name the arrangement is kept under ("tracks", "quality").
    Q_PROPERTY(QString table READ table WRITE setTable NOTIFY settingsChanged)
    /// A stable key per column, in the model's order.
    Q_PROPERTY(QStringList keys READ keys WRITE setKeys NOTIFY settingsChanged)
    Q_PROPERTY(QList<qreal> defaultWidths READ defaultWidths WRITE setDefaultWidths NOTIFY settingsChanged)
    /// The keys of the columns hidden until the user shows them.
    Q_PROPERTY(QStringList defaultHidden READ defaultHidden WRITE setDefaultHidden NOTIFY settingsChanged)
    /// Changes whenever a column is shown, hidden or resized: views bind to it to lay out again.
    Q_PROPERTY(int revision READ revision NOTIFY changed)

public:
    static constexpr int minimumWidth = 40;
    static constexpr int minimumFlexibleWidth = 120;

    explicit TableColumns(QObject *parent = nullptr);

    AppSettings *settings() const { return m_settings; }
    void setSettings(AppSettings *settings);
    QString table() const { return m_table; }
    void setTable(const QString &table);
    QStringList keys() const { return m_keys; }
    void setKeys(const QStringList &keys);
    QList<qreal> defaultWidths() const { return m_defaultWidths; }
    void setDefaultWidths(const QList<qreal> &widths);
    QStringList defaultHidden() const { return m_defaultHidden; }
    void setDefaultHidden(const QStringList &keys);
    int revision() const { return m_revision; }

    Q_INVOKABLE bool isShown(int column) const;
    /// Shows or hides a column and remembers it; the last shown column cannot be hidden.
    Q_INVOKABLE void setShown(int column, bool shown);
    /// Whether hiding this column would leave none shown.
    Q_INVOKABLE bool isLastShown(int column) const;
    /// The column's width when the table is available pixels wide; 0 when hidden.
    Q_INVOKABLE qreal width(int column, qreal available) const;
    /// Gives the column this width (at least minimumWidth) while the user drags; save() keeps it.
    Q_INVOKABLE void resize(int column, qreal width);
    /// Remembers the widths the user gave (at the end of a drag).
    Q_INVOKABLE void save();
    /// Forgets every width the user gave: the defaults apply again.
    Q_INVOKABLE void resetWidths();

Q_SIGNALS:
    void settingsChanged();
    void changed();

private:
    void load();
    void bump();
    bool isFlexible(int column) const;
    qreal defaultWidth(int column) const;

    AppSettings *m_settings = nullptr;
    QString m_table;
    QStringList m_keys;
    QList<qreal> m_defaultWidths;
    QStringList m_defaultHidden;
    QStringList m_hidden;
    QHash<QString, int> m_widths;
    int m_revision = 0;
};

} // namespace Imprint
