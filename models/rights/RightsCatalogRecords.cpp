// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
// RightsCatalog, part two: the records edited as a whole (clearance items, contributions,
// attached documents), each travelling through the edit history as JSON text.
#include "RightsCatalog.h"

#include "catalog/CatalogThread.h"
#include "editing/EditHistory.h"
#include "rights/RightsEdits.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Imprint
{

namespace
{

QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject jsonObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

RightsEdits::ClearanceItem clearanceItemOf(const TrackFacts &facts, const ClearanceFact &fact)
{
    return { fact.id, facts.trackId, fact.kind, fact.status, fact.counterparty, fact.documentAssetId,
        fact.territory, fact.validFrom, fact.validUntil, fact.notes };
}

RightsEdits::Contribution contributionOf(const TrackFacts &facts, const ContributionFact &fact)
{
    QList<qint64> evidence = fact.evidenceAssetIds;
    std::sort(evidence.begin(), evidence.end());
    return { fact.id, facts.trackId, fact.element, fact.partyName, fact.description, evidence };
}

} // namespace

void RightsCatalog::applyField(qint64 recordId, const QString &field, const QString &value)
{
    // The tracks whose verdicts the change can move: the record's owner now and as written.
    QList<qint64> tracks;
    const auto add = [&tracks](qint64 trackId) {
        if (trackId > 0 && !tracks.contains(trackId))
            tracks.append(trackId);
    };
    if (field == clearanceItemField || field == clearanceStatusField) {
        ClearanceFact fact;
        if (const TrackFacts *owner = trackOfClearance(recordId, &fact))
            add(owner->trackId);
        if (!value.isEmpty() && field == clearanceItemField)
            add(RightsEdits::ClearanceItem::fromJson(jsonObject(value)).trackId);
    } else if (field == contributionField) {
        ContributionFact fact;
        if (const TrackFacts *owner = trackOfContribution(recordId, &fact))
            add(owner->trackId);
        if (!value.isEmpty())
            add(RightsEdits::Contribution::fromJson(jsonObject(value)).trackId);
    } else if (field == inputField) {
        InputFact fact;
        if (const TrackFacts *owner = trackOfInput(recordId, &fact))
            add(owner->trackId);
        if (!value.isEmpty())
            add(RightsEdits::UploadedInput::fromJson(jsonObject(value)).trackId);
    } else if (field != termsField) { // terms judge every track: tracks stays empty
        add(recordId); // provenance, its record and the voice consent are keyed by the track
    }
    if (field == clearanceItemField) {
        if (value.isEmpty())
            write([recordId](QSqlDatabase db,
                      QString *error) { return RightsEdits::removeClearanceItem(db, recordId, error); },
                tracks);
        else
            write([item = RightsEdits::ClearanceItem::fromJson(jsonObject(value))](QSqlDatabase db,
                      QString *error) { return RightsEdits::saveClearanceItem(db, item, error); },
                tracks);
    } else if (field == contributionField) {
        if (value.isEmpty())
            write([recordId](QSqlDatabase db,
                      QString *error) { return RightsEdits::removeContribution(db, recordId, error); },
                tracks);
        else
            write([c = RightsEdits::Contribution::fromJson(jsonObject(value))](QSqlDatabase db,
                      QString *error) { return RightsEdits::saveContribution(db, c, error); },
                tracks);
    } else if (field == provenanceRecordField) {
        write(
            [recordId, recorded = value == u"1"](QSqlDatabase db, QString *error) {
                return RightsEdits::setProvenanceRecorded(db, recordId, recorded, error);
            },
            tracks);
    } else if (field == inputField) {
        if (value.isEmpty())
            write([recordId](QSqlDatabase db,
                      QString *error) { return RightsEdits::removeUploadedInput(db, recordId, error); },
                tracks);
        else
            write([input = RightsEdits::UploadedInput::fromJson(jsonObject(value))](QSqlDatabase db,
                      QString *error) { return RightsEdits::saveUploadedInput(db, input, error); },
                tracks);
    } else if (field == termsField) {
        if (value.isEmpty())
            write([recordId](QSqlDatabase db,
                      QString *error) { return RightsEdits::removeToolTerms(db, recordId, error); },
                tracks);
        else
            write([terms = RightsEdits::ToolTerms::fromJson(jsonObject(value))](QSqlDatabase db,
                      QString *error) { return RightsEdits::saveToolTerms(db, terms, error); },
                tracks);
    } else if (field == voiceConsentField) {
        write(
            [recordId, assetId = value.toLongLong()](QSqlDatabase db, QString *error) {
                return RightsEdits::setVoiceConsentDocument(db, recordId, assetId, error);
            },
            tracks);
    } else if (field == clearanceStatusField) {
        m_board.setStatus(recordId, value);
        write(
            [recordId, value](QSqlDatabase db, QString *error) {
                return RightsQueries::updateClearanceStatus(db, recordId, value, error);
            },
            tracks);
    } else if (field.startsWith(provenancePrefix)) {
        const QString name = field.mid(provenancePrefix.size());
        write(
            [recordId, name, value](QSqlDatabase db, QString *error) {
                return RightsQueries::updateProvenanceField(db, recordId, name, value, error);
            },
            tracks);
    }
}

const TrackFacts *RightsCatalog::factsOf(qint64 trackId) const
{
    return m_matrix.factsAt(m_matrix.rowOf(trackId));
}

const TrackFacts *RightsCatalog::trackOfClearance(qint64 itemId, ClearanceFact *item) const
{
    for (int row = 0; row < m_matrix.rowCount(); ++row) {
        const TrackFacts *facts = m_matrix.factsAt(row);
        for (const ClearanceFact &fact : facts->clearances) {
            if (fact.id == itemId) {
                *item = fact;
                return facts;
            }
        }
    }
    return nullptr;
}

const TrackFacts *RightsCatalog::trackOfContribution(
    qint64 contributionId, ContributionFact *contribution) const
{
    for (int row = 0; row < m_matrix.rowCount(); ++row) {
        const TrackFacts *facts = m_matrix.factsAt(row);
        for (const ContributionFact &fact : facts->contributions) {
            if (fact.id == contributionId) {
                *contribution = fact;
                return facts;
            }
        }
    }
    return nullptr;
}

void RightsCatalog::recordRecord(const QLatin1StringView &field, qint64 id, const QString &before,
    const QString &after, const QString &description)
{
    if (before == after)
        return;
    applyField(id, field, after);
    m_history->record({ id, field, before, after, description });
}

QString RightsCatalog::clearanceProblem(const QVariantMap &map) const
{
    // Dates the user typed but that are not dates are refused, not silently dropped.
    for (const QString &key : { u"validFrom"_s, u"validUntil"_s }) {
        const QString text = map.value(key).toString().trimmed();
        if (!text.isEmpty() && !QDate::fromString(text, Qt::ISODate).isValid())
            return tr("“%1” is not a date; write it as YYYY-MM-DD.").arg(text);
    }
    return RightsEdits::validate(RightsEdits::ClearanceItem::fromJson(QJsonObject::fromVariantMap(map)));
}

bool RightsCatalog::saveClearanceItem(const QVariantMap &map)
{
    RightsEdits::ClearanceItem item = RightsEdits::ClearanceItem::fromJson(QJsonObject::fromVariantMap(map));
    if (const QString problem = clearanceProblem(map); !problem.isEmpty()) {
        Q_EMIT errorOccurred(problem);
        return false;
    }
    QString before;
    if (item.id != 0) {
        ClearanceFact fact;
        const TrackFacts *facts = trackOfClearance(item.id, &fact);
        if (!facts) {
            Q_EMIT errorOccurred(tr("The clearance item is no longer in the catalog."));
            return false;
        }
        item.trackId = facts->trackId;
        if (!map.contains(u"documentAssetId"_s)) // the form edits the fields, not the document
            item.documentAssetId = fact.documentAssetId;
        before = jsonText(clearanceItemOf(*facts, fact).toJson());
    } else {
        if (!factsOf(item.trackId)) {
            Q_EMIT errorOccurred(tr("The track is no longer in the catalog."));
            return false;
        }
        qint64 highest = m_lastClearanceId;
        for (int row = 0; row < m_matrix.rowCount(); ++row) {
            for (const ClearanceFact &fact : m_matrix.factsAt(row)->clearances)
                highest = std::max(highest, fact.id);
        }
        item.id = m_lastClearanceId = highest + 1;
    }
    recordRecord(clearanceItemField, item.id, before, jsonText(item.toJson()),
        before.isEmpty() ? tr("Add Clearance Item") : tr("Clearance Item Change"));
    return true;
}

bool RightsCatalog::removeClearanceItem(qint64 itemId)
{
    ClearanceFact fact;
    const TrackFacts *facts = trackOfClearance(itemId, &fact);
    if (!facts) {
        Q_EMIT errorOccurred(tr("The clearance item is no longer in the catalog."));
        return false;
    }
    recordRecord(clearanceItemField, itemId, jsonText(clearanceItemOf(*facts, fact).toJson()), QString(),
        tr("Remove Clearance Item"));
    return true;
}

bool RightsCatalog::saveContribution(const QVariantMap &map)
{
    RightsEdits::Contribution c = RightsEdits::Contribution::fromJson(QJsonObject::fromVariantMap(map));
    QString before;
    if (c.id != 0) {
        ContributionFact fact;
        const TrackFacts *facts = trackOfContribution(c.id, &fact);
        if (!facts) {
            Q_EMIT errorOccurred(tr("The contribution is no longer in the catalog."));
            return false;
        }
        const RightsEdits::Contribution old = contributionOf(*facts, fact);
        c.trackId = facts->trackId;
        if (!map.contains(u"evidence"_s))
            c.evidenceAssetIds = old.evidenceAssetIds;
        before = jsonText(old.toJson());
    } else {
        if (!factsOf(c.trackId)) {
            Q_EMIT errorOccurred(tr("The track is no longer in the catalog."));
            return false;
        }
        qint64 highest = m_lastContributionId;
        for (int row = 0; row < m_matrix.rowCount(); ++row) {
            for (const ContributionFact &fact : m_matrix.factsAt(row)->contributions)
                highest = std::max(highest, fact.id);
        }
        c.id = m_lastContributionId = highest + 1;
    }
    if (const QString problem = RightsEdits::validate(c); !problem.isEmpty()) {
        Q_EMIT errorOccurred(problem);
        return false;
    }
    recordRecord(contributionField, c.id, before, jsonText(c.toJson()),
        before.isEmpty() ? tr("Add Contribution") : tr("Contribution Change"));
    return true;
}

bool RightsCatalog::removeContribution(qint64 contributionId)
{
    ContributionFact fact;
    const TrackFacts *facts = trackOfContribution(contributionId, &fact);
    if (!facts) {
        Q_EMIT errorOccurred(tr("The contribution is no longer in the catalog."));
        return false;
    }
    recordRecord(contributionField, contributionId, jsonText(contributionOf(*facts, fact).toJson()),
        QString(), tr("Remove Contribution"));
    return true;
}

void RightsCatalog::attachDocument(const QString &target, qint64 recordId, const QUrl &file)
{
    qint64 trackId = 0;
    if (target == u"clearance") {
        ClearanceFact fact;
        if (const TrackFacts *facts = trackOfClearance(recordId, &fact))
            trackId = facts->trackId;
    } else if (target == u"evidence") {
        ContributionFact fact;
        if (const TrackFacts *facts = trackOfContribution(recordId, &fact))
            trackId = facts->trackId;
    } else if (target == u"input") {
        InputFact fact;
        if (const TrackFacts *facts = trackOfInput(recordId, &fact))
            trackId = facts->trackId;
    } else if (target == u"voiceConsent" && factsOf(recordId)) {
        trackId = recordId;
    }
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    if (trackId == 0 || path.isEmpty()) {
        Q_EMIT errorOccurred(tr("The document could not be attached: nothing to attach it to."));
        return;
    }
    const CatalogStore store = m_store;
    m_thread->post([this, store, target, recordId, trackId, path] {
        QString error;
        QSqlDatabase db = store.connection(&error);
        const auto assetId = db.isValid()
            ? RightsEdits::attachDocument(db, store.libraryRoot(), trackId, path, &error)
            : std::nullopt;
        QMetaObject::invokeMethod(
            this,
            [this, target, recordId, assetId, error] {
                if (!assetId) {
                    Q_EMIT errorOccurred(tr("The document could not be attached: %1").arg(error));
                    return;
                }
                linkDocument(target, recordId, *assetId);
                Q_EMIT documentAttached(*assetId);
            },
            Qt::QueuedConnection);
    });
}

// The copied and hashed file becomes part of the record through an undoable edit.
void RightsCatalog::linkDocument(const QString &target, qint64 recordId, qint64 assetId)
{
    if (target == u"clearance") {
        ClearanceFact fact;
        if (const TrackFacts *facts = trackOfClearance(recordId, &fact)) {
            RightsEdits::ClearanceItem item = clearanceItemOf(*facts, fact);
            const QString before = jsonText(item.toJson());
            item.documentAssetId = assetId;
            recordRecord(
                clearanceItemField, recordId, before, jsonText(item.toJson()), tr("Attach Document"));
        }
    } else if (target == u"evidence") {
        ContributionFact fact;
        if (const TrackFacts *facts = trackOfContribution(recordId, &fact)) {
            RightsEdits::Contribution c = contributionOf(*facts, fact);
            const QString before = jsonText(c.toJson());
            if (!c.evidenceAssetIds.contains(assetId))
                c.evidenceAssetIds.append(assetId);
            std::sort(c.evidenceAssetIds.begin(), c.evidenceAssetIds.end());
            recordRecord(contributionField, recordId, before, jsonText(c.toJson()), tr("Attach Evidence"));
        }
    } else if (target == u"input") {
        linkInputDocument(recordId, assetId);
    } else if (const TrackFacts *facts = factsOf(recordId)) {
        const qint64 before = facts->provenance ? facts->provenance->voiceConsentAssetId : 0;
        recordRecord(voiceConsentField, recordId, QString::number(before), QString::number(assetId),
            tr("Attach Consent Document"));
    }
}

} // namespace Imprint
