// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "EditHistory.h"

#include <algorithm>

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
    record(EditStep { { edit }, edit.description });
}

void EditHistory::record(const EditStep &step)
{
    if (step.parts.isEmpty())
        return;
    m_undo.append(step);
    m_redo.clear();
    Q_EMIT stepApplied(step.parts);
    Q_EMIT changed();
}

void EditHistory::perform(const EditStep &step)
{
    for (const FieldEdit &part : step.parts)
        m_apply(part.recordId, part.field, part.after, part.before);
    record(step);
}

void EditHistory::undo()
{
    if (m_undo.isEmpty())
        return;
    const EditStep step = m_undo.takeLast();
    m_redo.append(step);
    for (auto part = step.parts.crbegin(); part != step.parts.crend(); ++part)
        m_apply(part->recordId, part->field, part->before, part->after);
    Q_EMIT stepApplied(step.parts);
    Q_EMIT changed();
}

void EditHistory::redo()
{
    if (m_redo.isEmpty())
        return;
    const EditStep step = m_redo.takeLast();
    m_undo.append(step);
    for (const FieldEdit &part : step.parts)
        m_apply(part.recordId, part.field, part.after, part.before);
    Q_EMIT stepApplied(step.parts);
    Q_EMIT changed();
}

void EditHistory::forget(qint64 recordId, const QString &field)
{
    const auto touches = [&](const EditStep &step) {
        return std::ranges::any_of(step.parts,
            [&](const FieldEdit &part) { return part.recordId == recordId && part.field == field; });
    };
    const qsizetype before = m_undo.size() + m_redo.size();
    m_undo.removeIf(touches);
    m_redo.removeIf(touches);
    if (m_undo.size() + m_redo.size() != before)
        Q_EMIT changed();
}

void EditHistory::rewrite(const QString &field, const std::function<bool(FieldEdit &part)> &edit)
{
    bool dropped = false;
    for (QList<EditStep> *steps : { &m_undo, &m_redo }) {
        for (EditStep &step : *steps) {
            QList<FieldEdit> kept;
            for (FieldEdit &part : step.parts) {
                if (part.field != field || edit(part))
                    kept.append(part);
            }
            dropped |= kept.size() != step.parts.size();
            step.parts = std::move(kept);
        }
        dropped |= steps->removeIf([](const EditStep &step) { return step.parts.isEmpty(); }) > 0;
    }
    if (dropped)
        Q_EMIT changed();
}

void EditHistory::replaceValue(
    qint64 recordId, const QString &field, const QString &stale, const QString &fresh)
{
    if (stale == fresh || stale.isEmpty() || fresh.isEmpty())
        return; // empty is a step's "no record": never a snapshot to replace
    rewrite(field, [&](FieldEdit &part) {
        if (part.recordId == recordId) {
            if (part.before == stale)
                part.before = fresh;
            if (part.after == stale)
                part.after = fresh;
        }
        return true;
    });
}

void EditHistory::clear()
{
    m_undo.clear();
    m_redo.clear();
    Q_EMIT changed();
}

} // namespace Imprint
