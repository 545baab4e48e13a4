// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include <QObject>
#include <QString>
#include <QtQmlIntegration>

#include <functional>

namespace Imprint
{

/// One change to one field of a catalog record, with the value before and after.
struct FieldEdit {
    qint64 recordId = 0;
    QString field;
    QString before;
    QString after;
    QString description; ///< for "Undo Rename…" menu texts
};

/// Undo and redo for catalog edits. The history does not touch the catalog itself: it asks
/// its apply function to set a field to a value, so every editor shares one mechanism.
class EditHistory : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by CatalogSession")
    Q_PROPERTY(bool canUndo READ canUndo NOTIFY changed)
    Q_PROPERTY(bool canRedo READ canRedo NOTIFY changed)
    Q_PROPERTY(QString undoText READ undoText NOTIFY changed)
    Q_PROPERTY(QString redoText READ redoText NOTIFY changed)

public:
    using ApplyFunction = std::function<void(qint64 recordId, const QString &field, const QString &value)>;

    explicit EditHistory(ApplyFunction apply, QObject *parent = nullptr);

    bool canUndo() const { return !m_undo.isEmpty(); }
    bool canRedo() const { return !m_redo.isEmpty(); }
    QString undoText() const;
    QString redoText() const;

    /// Records an edit that has just been applied; a new edit discards the redo stack.
    void record(const FieldEdit &edit);

    Q_INVOKABLE void undo();
    Q_INVOKABLE void redo();
    Q_INVOKABLE void clear();

Q_SIGNALS:
    void changed();

private:
    ApplyFunction m_apply;
    QList<FieldEdit> m_undo;
    QList<FieldEdit> m_redo;
};

} // namespace Imprint
