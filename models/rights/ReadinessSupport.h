// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "rights/Readiness.h"
#include "rights/Splits.h"

#include <QCoreApplication>

/// What the readiness rules of every use share (internal to Readiness*.cpp): findings, document
/// and clearance tests, the audio-check rule, control of master and publishing, display names.
namespace Imprint::Readiness::Support
{

/// QCoreApplication::translate(), through the thread's MessageMemo when there is one. Every
/// message of the rules is in the context "Readiness", so translators see them together (lupdate
/// reads these calls as it reads QCoreApplication::translate()). Plural forms (n >= 0) and
/// disambiguated messages are looked up each time.
QString translate(const char *context, const char *source, const char *disambiguation = nullptr, int n = -1);

/// The rules of a use (content creation's are with check() in ReadinessRules.cpp).
void streamingRules(const TrackFacts &facts, QList<Finding> &out);
void syncRules(const TrackFacts &facts, QList<Finding> &out);
void commercialRules(const TrackFacts &facts, QList<Finding> &out);

Finding blocker(const char *id, const QString &message, const QString &fix);
Finding warning(const char *id, const QString &message, const QString &fix);
Finding unknown(const char *id, const QString &message, const QString &fix);

/// A finding about one uploaded input leads to that input's row on the Provenance tab.
void placeInputFix(const InputFact &input, Finding &finding);

bool isAi(const TrackFacts &facts);
/// A document counts only while it is on disk as it was attached.
bool documentOk(const TrackFacts &facts, qint64 assetId);
/// A settled item of a kind that carries a document (a licence, a split sheet, an agreement);
/// kind must be one of documentedKinds(), so the Clearance tab and board say what it waits for.
bool hasDocumentedItem(const TrackFacts &facts, QStringView kind, qint64 counterpartyId = 0);
/// A finding that asks for a documented item of kind: when the track has such an item that falls
/// short (not cleared yet, out of its dates, without its document), it leads to that item's
/// control on the Clearance tab rather than to Add…, which would make a second one.
Finding placedAtItem(const TrackFacts &facts, QStringView kind, Finding finding);
/// A finding about one clearance item leads to the control on its row that fixes it: its status,
/// its document, or Edit… for its dates.
void placeItemFix(const TrackFacts &facts, const ClearanceFact &item, Finding &finding);
bool hasYear(const QString &line);

/// The audio check of a profile: pass, fail (a blocker with the reason) or not run yet.
void audioCheck(const TrackFacts &facts, const QString &profile, const char *idNotChecked,
    const char *idFailed, const QString &profileName, QList<Finding> &out);

/// Master and publishing control: the largest holder controls; everyone else must have
/// approved (a cleared item of the kind with them as counterparty, document attached).
QStringList uncontrolledHolders(
    const TrackFacts &facts, const QList<Splits::Share> &shares, QStringView kind);
QList<Splits::Share> publishingShares(const TrackFacts &facts);

QString elementName(const QString &element);
QString kindName(const QString &kind);
/// audio, lyrics, melody, image, other: as in “the uploaded audio”.
QString inputKindName(const QString &kind);

} // namespace Imprint::Readiness::Support
