// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "EditHistory.h"

namespace Imprint
{

EditHistory::EditHistory(ApplyFunction apply, QObject *parent)
    : QObject(parent)
    , m_apply(std::move(apply))
{
}

QString EditHistory::undoText() const
{
    return m_undo.isEmpty() ? QString() : tr("Undo %1").arg(m_undo.constLast().description);
}

QString EditHistory::redoText() const
{
    return m_redo.isEmpty() ? QString() : tr("Redo %1").arg(m_redo.constLast().description);
}

void EditHistory::record(const FieldEdit &edit)
{
    m_undo.append(edit);
    m_redo.clear();
    Q_EMIT changed();
}

void EditHistory::undo()
{
    if (m_undo.isEmpty())
        return;
    const FieldEdit edit = m_undo.takeLast();
    m_redo.append(edit);
    m_apply(edit.recordId, edit.field, edit.before);
    Q_EMIT changed();
}

void EditHistory::redo()
{
    if (m_redo.isEmpty())
        return;
    const FieldEdit edit = m_redo.takeLast();
    m_undo.append(edit);
    m_apply(edit.recordId, edit.field, edit.after);
    Q_EMIT changed();
}

void EditHistory::clear()
{
    m_undo.clear();
    m_redo.clear();
    Q_EMIT changed();
}

} // namespace Imprint
