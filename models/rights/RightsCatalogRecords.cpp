// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
// RightsCatalog, part two: the records edited as a whole (clearance items, contributions,
// attached documents), each travelling through the edit history as JSON text.
#include "RightsCatalog.h"

#include "Logging.h"
#include "catalog/CatalogThread.h"
#include "editing/EditHistory.h"
#include "rights/RightsEdits.h"
#include "rights/RightsRecordText.h"

#include <QFileInfo>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Imprint
{

using RightsRecordText::clearanceItemOf;
using RightsRecordText::contributionOf;
using RightsRecordText::jsonObject;
using RightsRecordText::jsonText;

void RightsCatalog::applyField(
    qint64 recordId, const QString &field, const QString &value, const QString &expected)
{
    // The tracks whose verdicts the change can move: the record's owner now and as written.
    QList<qint64> tracks;
    const auto add = [&tracks](qint64 trackId) {
        if (trackId > 0 && !tracks.contains(trackId))
            tracks.append(trackId);
    };
    if (field == clearanceItemField || field == clearanceStatusField) {
        add(m_owners.clearances.value(recordId));
        if (!value.isEmpty() && field == clearanceItemField)
            add(RightsEdits::ClearanceItem::fromJson(jsonObject(value)).trackId);
    } else if (field == contributionField) {
        add(m_owners.contributions.value(recordId));
        if (!value.isEmpty())
            add(RightsEdits::Contribution::fromJson(jsonObject(value)).trackId);
    } else if (field == inputField) {
        add(m_owners.inputs.value(recordId));
        if (!value.isEmpty())
            add(RightsEdits::UploadedInput::fromJson(jsonObject(value)).trackId);
    } else if (field != termsField) { // terms judge every track: tracks stays empty
        add(recordId); // provenance, its record and the voice consent are keyed by the track
    }
    noteWritten(field, recordId, value);
    // Each change gets the value to write from the check (an added record may have moved).
    Change change;
    if (field == clearanceItemField) {
        change = [recordId](QSqlDatabase db, const QString &text, QString *error) {
            return text.isEmpty() ? RightsEdits::removeClearanceItem(db, recordId, error)
                                  : RightsEdits::saveClearanceItem(
                                        db, RightsEdits::ClearanceItem::fromJson(jsonObject(text)), error);
        };
    } else if (field == contributionField) {
        change = [recordId](QSqlDatabase db, const QString &text, QString *error) {
            return text.isEmpty() ? RightsEdits::removeContribution(db, recordId, error)
                                  : RightsEdits::saveContribution(
                                        db, RightsEdits::Contribution::fromJson(jsonObject(text)), error);
        };
    } else if (field == provenanceRecordField) {
        change = [recordId](QSqlDatabase db, const QString &text, QString *error) {
            return RightsEdits::setProvenanceRecorded(db, recordId, text == u"1", error);
        };
    } else if (field == inputField) {
        change = [recordId](QSqlDatabase db, const QString &text, QString *error) {
            return text.isEmpty() ? RightsEdits::removeUploadedInput(db, recordId, error)
                                  : RightsEdits::saveUploadedInput(
                                        db, RightsEdits::UploadedInput::fromJson(jsonObject(text)), error);
        };
    } else if (field == termsField) {
        change = [recordId](QSqlDatabase db, const QString &text, QString *error) {
            return text.isEmpty()
                ? RightsEdits::removeToolTerms(db, recordId, error)
                : RightsEdits::saveToolTerms(db, RightsEdits::ToolTerms::fromJson(jsonObject(text)), error);
        };
    } else if (field == voiceConsentField) {
        change = [recordId](QSqlDatabase db, const QString &text, QString *error) {
            return RightsEdits::setVoiceConsentDocument(db, recordId, text.toLongLong(), error);
        };
    } else if (field == clearanceStatusField) {
        m_board.setStatus(recordId, value);
        change = [recordId](QSqlDatabase db, const QString &text, QString *error) {
            return RightsQueries::updateClearanceStatus(db, recordId, text, error);
        };
    } else if (field.startsWith(provenancePrefix)) {
        change = [recordId, name = field.mid(provenancePrefix.size())](
                     QSqlDatabase db, const QString &text, QString *error) {
            return RightsQueries::updateProvenanceField(db, recordId, name, text, error);
        };
    } else {
        return;
    }
    write(field, recordId, expected, value, std::move(change), tracks);
}

// Someone else changed the record since this session read it: theirs stays (the re-read that
// follows the write shows it), and no undo step puts back a record made on the old one.
void RightsCatalog::showConflict(
    qint64 recordId, const QString &field, const QString &yours, const QString &theirs)
{
    qint64 trackId = recordId; // provenance, its record and the voice consent
    QString record;
    if (field == termsField) {
        const RightsEdits::ToolTerms terms
            = RightsEdits::ToolTerms::fromJson(jsonObject(theirs.isEmpty() ? yours : theirs));
        record = u"%1 (%2)"_s.arg(terms.tool, terms.plan);
    } else if (field == clearanceStatusField) {
        trackId = m_owners.clearances.value(recordId);
    } else if (field.startsWith(provenancePrefix) == false && field != provenanceRecordField
        && field != voiceConsentField) {
        trackId = jsonObject(theirs.isEmpty() ? yours : theirs).value(u"trackId"_s).toInteger();
    }
    if (const ReadinessMatrixModel::Track *track
        = field == termsField ? nullptr : m_matrix.trackAt(m_matrix.rowOf(trackId)))
        record = track->title;
    m_history->forget(recordId, field);
    Q_EMIT conflictFound(recordId, field, record, yours, theirs);
}

void RightsCatalog::useMine(
    qint64 recordId, const QString &field, const QString &yours, const QString &theirs)
{
    if (field == clearanceStatusField && theirs.isEmpty()) {
        Q_EMIT errorOccurred(tr("The clearance item is no longer in the catalog."));
        return;
    }
    recordRecord(field, recordId, theirs, yours, tr("Rights Change"));
}

QString RightsCatalog::recordText(const QString &field, qint64 recordId) const
{
    QString fromFacts;
    if (field == clearanceItemField || field == clearanceStatusField) {
        ClearanceFact fact;
        if (const TrackFacts *facts = trackOfClearance(recordId, &fact))
            fromFacts = field == clearanceStatusField ? fact.status
                                                      : jsonText(clearanceItemOf(*facts, fact).toJson());
        else if (const RightsQueries::ClearanceBoardRow *row = m_board.rowById(recordId);
            row && field == clearanceStatusField) // moved on the board, its track not in view
            fromFacts = row->status;
    } else if (field == contributionField) {
        ContributionFact fact;
        if (const TrackFacts *facts = trackOfContribution(recordId, &fact))
            fromFacts = jsonText(contributionOf(*facts, fact).toJson());
    } else if (field == inputField) {
        InputFact fact;
        if (const TrackFacts *facts = trackOfInput(recordId, &fact))
            fromFacts = jsonText(RightsRecordText::inputOf(*facts, fact).toJson());
    } else if (field == termsField) {
        if (const ToolTermsFact *fact = m_terms.rowById(recordId))
            fromFacts = jsonText(RightsRecordText::termsOf(*fact).toJson());
    }
    return shownText(field, recordId, fromFacts);
}

QString RightsCatalog::shownText(const QString &field, qint64 recordId, const QString &fromFacts) const
{
    const auto written = m_written.constFind(field + u'#' + QString::number(recordId));
    return written == m_written.cend() ? fromFacts : written->text;
}

void RightsCatalog::setLibraryRoot(const QString &root)
{
    if (root == m_libraryRoot)
        return;
    const bool had = hasLibraryFolder();
    m_libraryRoot = root;
    if (had != hasLibraryFolder())
        Q_EMIT libraryFolderChanged();
}

void RightsCatalog::noteWritten(const QString &field, qint64 recordId, const QString &text)
{
    const quint64 sequence = ++m_writeSequence;
    m_written.insert(field + u'#' + QString::number(recordId), { text, sequence });
    // A clearance item's status is part of its record: what the page shows next has both.
    if (field == clearanceItemField) {
        const QString status
            = text.isEmpty() ? QString() : RightsEdits::ClearanceItem::fromJson(jsonObject(text)).status;
        m_written.insert(clearanceStatusField + u'#' + QString::number(recordId), { status, sequence });
    } else if (field == clearanceStatusField) {
        if (const QString item = recordText(clearanceItemField, recordId); !item.isEmpty()) {
            QJsonObject json = jsonObject(item);
            json.insert(u"status"_s, text);
            m_written.insert(
                clearanceItemField + u'#' + QString::number(recordId), { jsonText(json), sequence });
        }
    } else if (field == voiceConsentField) { // attaching one creates the provenance record
        m_written.insert(provenanceRecordField + u'#' + QString::number(recordId), { u"1"_s, sequence });
    } else if (field == provenanceRecordField && text == u"0") { // its fields read as unrecorded
        const TrackFacts none;
        for (const QString &name : RightsQueries::provenanceFields())
            m_written.insert(provenancePrefix + name + u'#' + QString::number(recordId),
                { RightsRecordText::provenanceText(none, name), sequence });
        m_written.insert(voiceConsentField + u'#' + QString::number(recordId), { u"0"_s, sequence });
    }
}

void RightsCatalog::forgetWrittenUpTo(quint64 sequence)
{
    m_written.removeIf([sequence](const auto &entry) { return entry.value().sequence <= sequence; });
}

void RightsCatalog::moveRecord(const QString &field, qint64 from, qint64 to)
{
    qCInfo(lcCatalog) << field << from << "was taken by someone else's new record; saved as" << to;
    const auto follow = [from, to](FieldEdit &part) {
        if (part.recordId == from) {
            part.recordId = to;
            part.before = part.before.isEmpty() || part.field == clearanceStatusField
                ? part.before
                : RightsRecordText::withId(part.before, to);
            part.after = part.after.isEmpty() || part.field == clearanceStatusField
                ? part.after
                : RightsRecordText::withId(part.after, to);
        }
        return true;
    };
    m_history->rewrite(field, follow);
    if (field == clearanceItemField) {
        m_history->rewrite(clearanceStatusField, follow);
        m_lastClearanceId = std::max(m_lastClearanceId, to);
    } else if (field == contributionField) {
        m_lastContributionId = std::max(m_lastContributionId, to);
    } else if (field == inputField) {
        m_lastInputId = std::max(m_lastInputId, to);
    } else if (field == termsField) {
        m_lastTermsId = std::max(m_lastTermsId, to);
    }
}

const TrackFacts *RightsCatalog::trackOfClearance(qint64 itemId, ClearanceFact *item) const
{
    const TrackFacts *facts = factsOf(m_owners.clearances.value(itemId));
    const ClearanceFact *found = facts ? recordById(facts->clearances, itemId) : nullptr;
    if (found)
        *item = *found;
    return found ? facts : nullptr;
}

const TrackFacts *RightsCatalog::trackOfContribution(
    qint64 contributionId, ContributionFact *contribution) const
{
    const TrackFacts *facts = factsOf(m_owners.contributions.value(contributionId));
    const ContributionFact *found = facts ? recordById(facts->contributions, contributionId) : nullptr;
    if (found)
        *contribution = *found;
    return found ? facts : nullptr;
}

void RightsCatalog::recordRecord(
    const QString &field, qint64 id, const QString &before, const QString &after, const QString &description)
{
    if (before == after)
        return;
    applyField(id, field, after, before);
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
        before = recordText(clearanceItemField, item.id);
        if (before.isEmpty()) {
            Q_EMIT errorOccurred(tr("The clearance item is no longer in the catalog."));
            return false;
        }
        const RightsEdits::ClearanceItem old = RightsEdits::ClearanceItem::fromJson(jsonObject(before));
        item.trackId = old.trackId;
        if (!map.contains(u"documentAssetId"_s)) // the form edits the fields, not the document
            item.documentAssetId = old.documentAssetId;
    } else {
        if (m_matrix.rowOf(item.trackId) < 0) {
            Q_EMIT errorOccurred(tr("The track is no longer in the catalog."));
            return false;
        }
        item.id = m_lastClearanceId = std::max(m_lastClearanceId, m_owners.lastClearance) + 1;
    }
    recordRecord(clearanceItemField, item.id, before, jsonText(item.toJson()),
        before.isEmpty() ? tr("Add Clearance Item") : tr("Clearance Item Change"));
    return true;
}

bool RightsCatalog::removeClearanceItem(qint64 itemId)
{
    const QString before = recordText(clearanceItemField, itemId);
    if (before.isEmpty()) {
        Q_EMIT errorOccurred(tr("The clearance item is no longer in the catalog."));
        return false;
    }
    recordRecord(clearanceItemField, itemId, before, QString(), tr("Remove Clearance Item"));
    return true;
}

bool RightsCatalog::saveContribution(const QVariantMap &map)
{
    RightsEdits::Contribution c = RightsEdits::Contribution::fromJson(QJsonObject::fromVariantMap(map));
    QString before;
    if (c.id != 0) {
        before = recordText(contributionField, c.id);
        if (before.isEmpty()) {
            Q_EMIT errorOccurred(tr("The contribution is no longer in the catalog."));
            return false;
        }
        const RightsEdits::Contribution old = RightsEdits::Contribution::fromJson(jsonObject(before));
        c.trackId = old.trackId;
        if (!map.contains(u"evidence"_s))
            c.evidenceAssetIds = old.evidenceAssetIds;
    } else {
        if (m_matrix.rowOf(c.trackId) < 0) {
            Q_EMIT errorOccurred(tr("The track is no longer in the catalog."));
            return false;
        }
        c.id = m_lastContributionId = std::max(m_lastContributionId, m_owners.lastContribution) + 1;
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
    const QString before = recordText(contributionField, contributionId);
    if (before.isEmpty()) {
        Q_EMIT errorOccurred(tr("The contribution is no longer in the catalog."));
        return false;
    }
    recordRecord(contributionField, contributionId, before, QString(), tr("Remove Contribution"));
    return true;
}

bool RightsCatalog::removeEvidence(qint64 contributionId, qint64 assetId)
{
    const QString before = recordText(contributionField, contributionId);
    if (before.isEmpty()) {
        Q_EMIT errorOccurred(tr("The contribution is no longer in the catalog."));
        return false;
    }
    RightsEdits::Contribution c = RightsEdits::Contribution::fromJson(jsonObject(before));
    if (!c.evidenceAssetIds.removeOne(assetId))
        return false; // taken off already (a double click, or someone else)
    recordRecord(contributionField, contributionId, before, jsonText(c.toJson()), tr("Remove Evidence"));
    return true;
}

void RightsCatalog::attachDocument(const QString &target, qint64 recordId, const QUrl &file, qint64 replacing)
{
    qint64 trackId = 0;
    if (target == u"clearance")
        trackId = m_owners.clearances.value(recordId);
    else if (target == u"evidence")
        trackId = m_owners.contributions.value(recordId);
    else if (target == u"input")
        trackId = m_owners.inputs.value(recordId);
    else if (target == u"voiceConsent" && m_matrix.rowOf(recordId) >= 0)
        trackId = recordId;
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    if (trackId == 0 || path.isEmpty()) {
        Q_EMIT errorOccurred(tr("The document could not be attached: nothing to attach it to."));
        return;
    }
    const CatalogStore store = m_store;
    m_thread->post([this, store, target, recordId, trackId, path, replacing] {
        QString error;
        QSqlDatabase db = store.connection(&error);
        // The library is started for a file only: a mistyped path starts nothing.
        QString root = db.isValid() ? store.libraryRoot() : QString();
        if (db.isValid() && root.isEmpty() && QFileInfo(path).isFile()) {
            root = store.libraryRootForNewFiles(&error);
            if (root.isEmpty() && error.isEmpty() && store.isOnServer())
                error = tr("this computer has no folder for the team catalog's files yet: choose it with "
                           "File › Library Folder…, then attach the document again");
        }
        const auto assetId = db.isValid() && error.isEmpty()
            ? RightsEdits::attachDocument(db, root, trackId, path, &error)
            : std::nullopt;
        QMetaObject::invokeMethod(
            this,
            [this, target, recordId, assetId, error, root, replacing] {
                if (!assetId) {
                    Q_EMIT errorOccurred(tr("The document could not be attached: %1").arg(error));
                    return;
                }
                if (m_libraryRoot.isEmpty()) // started by this document: its link opens at once
                    setLibraryRoot(root);
                if (!linkDocument(target, recordId, *assetId, replacing)) {
                    Q_EMIT errorOccurred(
                        tr("The document was copied into the library but not attached: its "
                           "record is no longer shown. Select its track and attach it again."));
                    return;
                }
                Q_EMIT documentAttached(*assetId);
            },
            Qt::QueuedConnection);
    });
}

// The copied and hashed file becomes part of the record through an undoable edit.
bool RightsCatalog::linkDocument(const QString &target, qint64 recordId, qint64 assetId, qint64 replacing)
{
    if (target == u"clearance") {
        const QString before = recordText(clearanceItemField, recordId);
        if (before.isEmpty())
            return false;
        RightsEdits::ClearanceItem item = RightsEdits::ClearanceItem::fromJson(jsonObject(before));
        item.documentAssetId = assetId;
        recordRecord(clearanceItemField, recordId, before, jsonText(item.toJson()), tr("Attach Document"));
        return true;
    }
    if (target == u"evidence") {
        const QString before = recordText(contributionField, recordId);
        if (before.isEmpty())
            return false;
        RightsEdits::Contribution c = RightsEdits::Contribution::fromJson(jsonObject(before));
        const bool replaced
            = replacing != 0 && replacing != assetId && c.evidenceAssetIds.removeOne(replacing);
        if (!c.evidenceAssetIds.contains(assetId))
            c.evidenceAssetIds.append(assetId);
        std::sort(c.evidenceAssetIds.begin(), c.evidenceAssetIds.end());
        recordRecord(contributionField, recordId, before, jsonText(c.toJson()),
            replaced ? tr("Replace Evidence") : tr("Attach Evidence"));
        return true;
    }
    if (target == u"input")
        return linkInputDocument(recordId, assetId);
    const TrackFacts *facts = factsOf(recordId);
    if (!facts)
        return false;
    const QString before = shownText(voiceConsentField, recordId,
        QString::number(facts->provenance ? facts->provenance->voiceConsentAssetId : 0));
    recordRecord(
        voiceConsentField, recordId, before, QString::number(assetId), tr("Attach Consent Document"));
    return true;
}

} // namespace Imprint
