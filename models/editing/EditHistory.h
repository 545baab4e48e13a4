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

/// One user action that changes several records at once (deleting a release removes the release
/// and its plan): one undo step whose parts are undone in reverse order and redone in order, so
/// each part's owner restores its own records and later parts can rely on earlier ones (a plan
/// is restored after the release it belongs to).
struct EditStep {
    QList<FieldEdit> parts;
    QString description;
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
    /// Sets a field to value; expected is what the catalog must hold for that to be an undo or
    /// redo of this history's edit (the other side of it), and not a write over someone else's.
    using ApplyFunction = std::function<void(
        qint64 recordId, const QString &field, const QString &value, const QString &expected)>;

    explicit EditHistory(ApplyFunction apply, QObject *parent = nullptr);

    bool canUndo() const { return !m_undo.isEmpty(); }
    bool canRedo() const { return !m_redo.isEmpty(); }
    QString undoText() const;
    QString redoText() const;

    /// Records an edit that has just been applied; a new edit discards the redo stack.
    void record(const FieldEdit &edit);
    /// Records a compound edit whose parts have all been applied, as one undo step.
    void record(const EditStep &step);
    /// Applies every part of step (its after values, in order) and records it as one undo step.
    void perform(const EditStep &step);

    Q_INVOKABLE void undo();
    Q_INVOKABLE void redo();
    Q_INVOKABLE void clear();
    /// Drops every undo and redo step that changes this field of this record: they were made on
    /// values the catalog no longer holds (someone else changed it), so applying them again
    /// would undo that person's edit without a word.
    void forget(qint64 recordId, const QString &field);
    /// Lets edit change every undo and redo part of field (a bulk edit drops the records someone
    /// else changed from its steps); a part for which it returns false goes, and so does a step
    /// left without parts.
    void rewrite(const QString &field, const std::function<bool(FieldEdit &part)> &edit);
    /// What an undo or redo that deleted a record found in the catalog (its snapshot, fresh
    /// where stale was expected): the steps hold fresh instead, so undoing the deletion brings
    /// back what went, an edit someone else made meanwhile included.
    void replaceValue(qint64 recordId, const QString &field, const QString &stale, const QString &fresh);

Q_SIGNALS:
    void changed();
    /// The parts of a step just recorded, undone or redone (before changed()): what an owner of
    /// derived data reads to bring only the records they touch up to date.
    void stepApplied(const QList<Imprint::FieldEdit> &parts);

private:
    ApplyFunction m_apply;
    QList<EditStep> m_undo;
    QList<EditStep> m_redo;
};

} // namespace Imprint
