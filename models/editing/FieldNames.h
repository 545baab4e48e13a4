// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "catalog/TrackQueries.h"

#include <QString>

/// How the editable fields of tracks and releases are named and shown to the user: in the undo
/// steps of an edit and in the dialog that asks about an edit conflict.
namespace Imprint::FieldNames
{

/// An edit of the field as an undo step names it ("Title Change").
QString trackEditText(TrackQueries::EditableField field);

/// The field's name as the track pane labels it ("Title").
QString trackFieldTitle(TrackQueries::EditableField field);

/// A stored value as the track pane shows it: the yes/no fields in words, "(not set)" for nothing.
QString shownValue(TrackQueries::EditableField field, const QString &value);

/// A release field's name as the release editor labels it; field is its QML name ("releaseDate").
QString releaseFieldTitle(const QString &field);

/// A credits set's name ("Master ownership"), or a work's or party's field name ("IPI name
/// number"); field is one of CreditsCatalog's checked sets or fields ("party.ipi").
QString creditsFieldTitle(const QString &field);

/// A track's credits (CreditRules::toText) on one line: "Nova Lark (Main artist), Ilo Park
/// (Musician: guitar)", or "(nobody)" for none.
QString shownCredits(const QString &historyText);

/// A split set (CreditRules::toText) on one line: "Nova Lark 60 %, Ilo Park (Composer) 40 %",
/// or "(nobody)" for none.
QString shownShares(const QString &historyText);

} // namespace Imprint::FieldNames
