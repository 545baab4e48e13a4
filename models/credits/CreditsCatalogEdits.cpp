// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
// The edits of CreditsCatalog: credits, splits, works and parties, and applying them (undo/redo).
#include "CreditsCatalog.h"

#include "catalog/CatalogThread.h"
#include "credits/CreditRules.h"
#include "editing/EditHistory.h"
#include "identifiers/Isni.h"
#include "identifiers/Iswc.h"
#include "rights/Splits.h"

#include <memory>

using namespace Qt::StringLiterals;

namespace Imprint
{

namespace
{

QString partyText(const PartyRow &row, const QString &field)
{
    if (field == u"name")
        return row.name;
    if (field == u"sortName")
        return row.sortName;
    if (field == u"isni")
        return row.isni;
    if (field == u"ipi")
        return row.ipi;
    if (field == u"pro")
        return row.pro;
    if (field == u"contact")
        return row.contact;
    return {};
}

void setPartyText(PartyRow &row, const QString &field, const QString &value)
{
    if (field == u"name")
        row.name = value;
    else if (field == u"sortName")
        row.sortName = value;
    else if (field == u"isni")
        row.isni = value;
    else if (field == u"ipi")
        row.ipi = value;
    else if (field == u"pro")
        row.pro = value;
    else if (field == u"contact")
        row.contact = value;
}

// "33.33" as typed into a percent field (Splits::parsePercent reads it back).
QString editablePercent(int basisPoints)
{
    QString text = Splits::formatPercent(basisPoints);
    return text.remove(u'%').trimmed();
}

} // namespace
// --- credits ---------------------------------------------------------------------------------

bool CreditsCatalog::commitCredits(qint64 trackId, const QList<CreditRow> &after, const QString &description)
{
    if (trackId != m_trackId || trackId <= 0) {
        Q_EMIT errorOccurred(tr("Select the track to edit its credits."));
        return false;
    }
    if (const QString problem = CreditRules::creditProblem(after); !problem.isEmpty()) {
        Q_EMIT errorOccurred(problem);
        return false;
    }
    const QString before = CreditRules::toText(m_credits.rows());
    const QString text = CreditRules::toText(after);
    if (before == text)
        return true;
    applyField(trackId, trackCreditsField, text);
    m_history->record({ trackId, historyPrefix + trackCreditsField, before, text, description });
    return true;
}

bool CreditsCatalog::addCredit(
    qint64 trackId, const QString &partyName, const QString &role, const QString &instrument, bool aiUsed)
{
    QList<CreditRow> rows = m_credits.rows();
    const QString name = partyName.trimmed();
    qint64 partyId = 0;
    for (qint64 i = 0; i < m_parties.rowCount(); ++i) {
        const PartyRow *party = m_parties.rowById(m_parties.idAt(int(i)));
        if (party && party->name.compare(name, Qt::CaseInsensitive) == 0) {
            partyId = party->id;
            break;
        }
    }
    rows.append({ partyId, name, role, instrument.trimmed(), aiUsed });
    return commitCredits(trackId, rows, tr("Add Credit"));
}

bool CreditsCatalog::removeCredit(qint64 trackId, int row)
{
    QList<CreditRow> rows = m_credits.rows();
    if (row < 0 || row >= rows.size())
        return false;
    rows.removeAt(row);
    return commitCredits(trackId, rows, tr("Remove Credit"));
}

bool CreditsCatalog::setCreditField(qint64 trackId, int row, const QString &field, const QVariant &value)
{
    QList<CreditRow> rows = m_credits.rows();
    if (row < 0 || row >= rows.size())
        return false;
    CreditRow &credit = rows[row];
    if (field == u"partyName") {
        const QString name = value.toString().trimmed();
        if (name.compare(credit.partyName, Qt::CaseInsensitive) != 0) {
            credit.partyId = 0; // found or created by name when saved
            for (int i = 0; i < m_parties.rowCount(); ++i) {
                if (m_parties.index(i)
                        .data(PartyListModel::NameRole)
                        .toString()
                        .compare(name, Qt::CaseInsensitive)
                    == 0)
                    credit.partyId = m_parties.idAt(i);
            }
        }
        credit.partyName = name;
    } else if (field == u"role") {
        credit.role = value.toString();
    } else if (field == u"instrument") {
        credit.instrument = value.toString().trimmed();
    } else if (field == u"aiUsed") {
        credit.aiUsed = value.toBool();
    } else {
        return false;
    }
    return commitCredits(trackId, rows, tr("Credit Change"));
}

// --- splits ----------------------------------------------------------------------------------

QVariantList CreditsCatalog::sharesToVariant(const QList<ShareRow> &shares)
{
    QVariantList out;
    for (const ShareRow &share : shares)
        out.append(QVariantMap { { u"partyId"_s, share.partyId }, { u"partyName"_s, share.partyName },
            { u"role"_s, share.role }, { u"percent"_s, editablePercent(share.basisPoints) } });
    return out;
}

std::optional<QList<ShareRow>> CreditsCatalog::sharesFromVariant(
    const QVariantList &rows, bool needRoles, QString *problem) const
{
    QList<ShareRow> shares;
    for (const QVariant &value : rows) {
        const QVariantMap map = value.toMap();
        ShareRow share;
        share.partyName = map.value(u"partyName"_s).toString().trimmed();
        share.role = map.value(u"role"_s).toString();
        for (int i = 0; i < m_parties.rowCount(); ++i) {
            if (m_parties.index(i)
                    .data(PartyListModel::NameRole)
                    .toString()
                    .compare(share.partyName, Qt::CaseInsensitive)
                == 0) {
                share.partyId = m_parties.idAt(i);
                break;
            }
        }
        const QString percent = map.value(u"percent"_s).toString();
        share.basisPoints = Splits::parsePercent(percent);
        if (share.basisPoints < 0) {
            *problem = tr("“%1” is not a percentage with at most two decimals.").arg(percent);
            return std::nullopt;
        }
        shares.append(share);
    }
    const Splits::Check check = CreditRules::checkShares(shares, needRoles);
    if (!check.complete) {
        *problem = check.problem;
        return std::nullopt;
    }
    return shares;
}

QVariantMap CreditsCatalog::checkShares(const QVariantList &rows, bool needRoles) const
{
    QString problem;
    int total = 0;
    for (const QVariant &value : rows)
        total += std::max(Splits::parsePercent(value.toMap().value(u"percent"_s).toString()), 0);
    const bool complete = sharesFromVariant(rows, needRoles, &problem).has_value();
    return { { u"complete"_s, complete }, { u"total"_s, Splits::formatPercent(total) },
        { u"problem"_s, problem } };
}

QStringList CreditsCatalog::evenPercents(int count) const
{
    QStringList out;
    for (int bp : Splits::evenSplit(count))
        out.append(editablePercent(bp));
    return out;
}

bool CreditsCatalog::saveMasterShares(qint64 trackId, const QVariantList &rows)
{
    if (trackId != m_trackId || trackId <= 0) {
        Q_EMIT errorOccurred(tr("Select the track to edit its master splits."));
        return false;
    }
    QString problem;
    const auto shares = sharesFromVariant(rows, false, &problem);
    if (!shares) {
        Q_EMIT errorOccurred(tr("The master splits were not saved: %1").arg(problem));
        return false;
    }
    const QString before = CreditRules::toText(m_masterShares);
    const QString after = CreditRules::toText(*shares);
    if (before == after)
        return true;
    applyField(trackId, masterSharesField, after);
    m_history->record(
        { trackId, historyPrefix + masterSharesField, before, after, tr("Master Splits Change") });
    return true;
}

bool CreditsCatalog::saveWorkShares(qint64 workId, const QVariantList &rows)
{
    if (workId != m_currentWorkId || workId <= 0) {
        Q_EMIT errorOccurred(tr("Select the work to edit its writers."));
        return false;
    }
    QString problem;
    const auto shares = sharesFromVariant(rows, true, &problem);
    if (!shares) {
        Q_EMIT errorOccurred(tr("The publishing shares were not saved: %1").arg(problem));
        return false;
    }
    const QString before = CreditRules::toText(m_workShares);
    const QString after = CreditRules::toText(*shares);
    if (before == after)
        return true;
    applyField(workId, workSharesField, after);
    m_history->record(
        { workId, historyPrefix + workSharesField, before, after, tr("Publishing Shares Change") });
    return true;
}

// --- works and parties -----------------------------------------------------------------------

bool CreditsCatalog::setWorkField(qint64 workId, const QString &field, const QString &value)
{
    const WorkRow *row = m_works.rowById(workId);
    QString error;
    const auto normalized = CreditRules::normalizedWorkValue(field, value, &error);
    if (!row || !normalized) {
        Q_EMIT errorOccurred(row ? error : tr("The work is no longer in the catalog."));
        return false;
    }
    if (field == u"iswc" && !normalized->isEmpty()) {
        for (int i = 0; i < m_works.rowCount(); ++i) {
            const WorkRow *other = m_works.rowById(m_works.idAt(i));
            if (other->id != workId && other->iswc == *normalized) {
                Q_EMIT errorOccurred(
                    tr("%1 is already the ISWC of “%2”.").arg(Iswc::display(*normalized), other->title));
                return false;
            }
        }
    }
    const QString before = field == u"iswc" ? row->iswc : row->title;
    if (before == *normalized)
        return true;
    applyField(workId, workFieldPrefix + field, *normalized);
    m_history->record({ workId, historyPrefix + workFieldPrefix + field, before, *normalized,
        field == u"iswc" ? tr("ISWC Change") : tr("Work Title Change") });
    return true;
}

bool CreditsCatalog::setTrackWork(qint64 trackId, qint64 workId)
{
    if (trackId <= 0 || (workId > 0 && !m_works.rowById(workId))) {
        Q_EMIT errorOccurred(tr("The track or the work is no longer in the catalog."));
        return false;
    }
    // The link the recording had is read where it is changed, on the catalog thread: the
    // recording may come from a search, not from anything loaded here.
    auto before = std::make_shared<qint64>(-1);
    write(
        [trackId, workId, before](QSqlDatabase db, QString *error) {
            *before = CreditQueries::workOfTrack(db, trackId, error);
            return error->isEmpty() && CreditQueries::setTrackWork(db, trackId, workId, error);
        },
        [this, trackId, workId, before] {
            if (*before != workId) {
                m_history->record({ trackId, historyPrefix + trackWorkField, QString::number(*before),
                    QString::number(workId), workId > 0 ? tr("Link to Work") : tr("Unlink from Work") });
            }
            afterTrackWorkChange();
        });
    return true;
}

bool CreditsCatalog::setPartyField(qint64 partyId, const QString &field, const QString &value)
{
    const PartyRow *row = m_parties.rowById(partyId);
    QString error;
    const auto normalized = CreditRules::normalizedPartyValue(field, value, &error);
    if (!row || !normalized) {
        Q_EMIT errorOccurred(row ? error : tr("The party is no longer in the catalog."));
        return false;
    }
    const QString before = partyText(*row, field);
    if (before == *normalized)
        return true;
    applyField(partyId, partyFieldPrefix + field, *normalized);
    m_history->record(
        { partyId, historyPrefix + partyFieldPrefix + field, before, *normalized, tr("Party Change") });
    return true;
}

void CreditsCatalog::afterTrackWorkChange()
{
    // Works' recording counts, the selected work's recordings and the selected track's work.
    loadWorks();
    loadWork();
    loadTrack();
}

// --- applying (edits, undo and redo) ----------------------------------------------------------

void CreditsCatalog::writeSet(qint64 recordId, const QString &field, const QString &yours,
    std::function<bool(QSqlDatabase, std::optional<QString> *, QString *)> task,
    std::function<void()> afterwards)
{
    auto theirs = std::make_shared<std::optional<QString>>();
    write([task = std::move(task), theirs](
              QSqlDatabase db, QString *error) { return task(db, theirs.get(), error); },
        afterwards,
        // Someone else's set stays: it is reread and shown, and the steps made on the set this
        // edit replaced go (undoing them would put it back over the other person's edit).
        [this, recordId, field, yours, theirs, afterwards] {
            if (!*theirs)
                return false;
            m_history->forget(recordId, historyPrefix + field);
            afterwards();
            Q_EMIT conflictFound(recordId, field, yours, **theirs);
            return true;
        });
}

void CreditsCatalog::writeShares(qint64 recordId, const QString &field, const QList<ShareRow> &rows,
    const std::optional<QList<ShareRow>> &expected, std::function<void()> afterwards)
{
    const bool work = field == workSharesField;
    writeSet(
        recordId, field, CreditRules::toText(rows),
        [recordId, work, rows, expected](QSqlDatabase db, std::optional<QString> *theirs, QString *error) {
            if (!expected) {
                return work ? CreditQueries::replaceWorkShares(db, recordId, rows, error)
                            : CreditQueries::replaceMasterShares(db, recordId, rows, error);
            }
            std::optional<QList<ShareRow>> stale;
            const bool ok = work
                ? CreditQueries::replaceWorkSharesIf(db, recordId, *expected, rows, &stale, error)
                : CreditQueries::replaceMasterSharesIf(db, recordId, *expected, rows, &stale, error);
            if (stale)
                *theirs = CreditRules::toText(*stale);
            return ok;
        },
        std::move(afterwards));
}

void CreditsCatalog::writeCredits(qint64 trackId, const QList<CreditRow> &rows,
    const std::optional<QList<CreditRow>> &expected, std::function<void()> afterwards)
{
    writeSet(
        trackId, trackCreditsField, CreditRules::toText(rows),
        [trackId, rows, expected](QSqlDatabase db, std::optional<QString> *theirs, QString *error) {
            if (!expected)
                return CreditQueries::replaceCredits(db, trackId, rows, error);
            std::optional<QList<CreditRow>> stale;
            const bool ok = CreditQueries::replaceCreditsIf(db, trackId, *expected, rows, &stale, error);
            if (stale)
                *theirs = CreditRules::toText(*stale);
            return ok;
        },
        std::move(afterwards));
}

void CreditsCatalog::useMine(
    qint64 recordId, const QString &field, const QString &mine, const QString &theirs)
{
    const auto afterwards = [this] {
        loadParties();
        loadWorks();
        loadTrack();
        loadWork();
        loadParty();
    };
    // Checked against theirs, as the dialog showed it: a third edit meanwhile asks again.
    QString description;
    if (field == trackCreditsField) {
        writeCredits(
            recordId, CreditRules::creditsFromText(mine), CreditRules::creditsFromText(theirs), afterwards);
        description = tr("Credits Change");
    } else if (field == masterSharesField || field == workSharesField) {
        writeShares(recordId, field, CreditRules::sharesFromText(mine), CreditRules::sharesFromText(theirs),
            afterwards);
        description = field == workSharesField ? tr("Publishing Shares Change") : tr("Master Splits Change");
    } else if (field.startsWith(workFieldPrefix) || field.startsWith(partyFieldPrefix)) {
        writeRecordField(recordId, field, mine, theirs, afterwards);
        if (field.startsWith(partyFieldPrefix))
            description = tr("Party Change");
        else
            description = field.endsWith(u".iswc") ? tr("ISWC Change") : tr("Work Title Change");
    } else {
        return;
    }
    m_history->record({ recordId, historyPrefix + field, theirs, mine, description });
}

void CreditsCatalog::applyField(
    qint64 recordId, const QString &field, const QString &value, const std::optional<QString> &expectedText)
{
    // Parties' counts and activity change with any set, and parties typed by name get their id;
    // reread them after the write. The works list (with every track, for the link picker) only
    // when a work's writers or a party's name changed.
    const auto refreshTrack = [this] {
        loadParties();
        loadTrack();
        loadParty();
    };
    const auto refresh = [this] {
        loadParties();
        loadWorks();
        loadTrack();
        loadWork();
        loadParty();
    };
    // A set is written over the one the edit was made on: for undo and redo the other side of
    // the edit (expectedText), for an edit the set shown. A set neither shown nor given: no check.
    if (field == trackCreditsField) {
        const QList<CreditRow> rows = CreditRules::creditsFromText(value);
        std::optional<QList<CreditRow>> expected;
        if (expectedText)
            expected = CreditRules::creditsFromText(*expectedText);
        if (recordId == m_trackId) {
            if (!expected)
                expected = m_credits.rows();
            m_credits.setRows(rows);
        }
        writeCredits(recordId, rows, expected, refreshTrack);
    } else if (field == masterSharesField || field == workSharesField) {
        const bool master = field == masterSharesField;
        const QList<ShareRow> rows = CreditRules::sharesFromText(value);
        std::optional<QList<ShareRow>> expected;
        if (expectedText)
            expected = CreditRules::sharesFromText(*expectedText);
        if (recordId == (master ? m_trackId : m_currentWorkId)) {
            QList<ShareRow> &shown = master ? m_masterShares : m_workShares;
            if (!expected)
                expected = shown;
            shown = rows;
            if (master)
                Q_EMIT masterSharesChanged();
            else
                Q_EMIT workSharesChanged();
        }
        writeShares(recordId, field, rows, expected,
            master ? std::function<void()>(refreshTrack) : std::function<void()>(refresh));
    } else if (field == trackWorkField) {
        const qint64 workId = value.toLongLong();
        write([recordId, workId](QSqlDatabase db,
                  QString *error) { return CreditQueries::setTrackWork(db, recordId, workId, error); },
            [this] { afterTrackWorkChange(); });
    } else if (field == workRecordField || field == partyRecordField) {
        applyRecord(recordId, field == workRecordField ? RecordKind::Work : RecordKind::Party, value,
            expectedText.value_or(QString()));
    } else if (field.startsWith(workFieldPrefix)) {
        // Written over the value the edit was made on: for undo and redo the other side of the
        // step, for an edit the value shown.
        const QString name = field.mid(workFieldPrefix.size());
        std::optional<QString> expected = expectedText;
        if (const WorkRow *existing = m_works.rowById(recordId)) {
            WorkRow row = *existing;
            QString &shown = name == u"iswc" ? row.iswc : row.title;
            if (!expected)
                expected = shown;
            shown = value;
            m_works.updateRow(row);
            if (recordId == m_currentWorkId)
                Q_EMIT currentWorkChanged();
        }
        writeRecordField(recordId, field, value, expected, [this] { loadWorks(); });
    } else if (field.startsWith(partyFieldPrefix)) {
        const QString name = field.mid(partyFieldPrefix.size());
        std::optional<QString> expected = expectedText;
        if (const PartyRow *existing = m_parties.rowById(recordId)) {
            PartyRow row = *existing;
            if (!expected)
                expected = partyText(row, name);
            setPartyText(row, name, value);
            m_parties.updateRow(row);
            if (recordId == m_currentPartyId)
                Q_EMIT currentPartyChanged();
        }
        // A renamed party shows under its new name in credits and shares too.
        writeRecordField(recordId, field, value, expected, refresh);
    }
}

void CreditsCatalog::writeRecordField(qint64 recordId, const QString &field, const QString &value,
    const std::optional<QString> &expected, std::function<void()> afterwards)
{
    const bool work = field.startsWith(workFieldPrefix);
    const QString name = field.mid((work ? workFieldPrefix : partyFieldPrefix).size());
    writeSet(
        recordId, field, value,
        [recordId, work, name, value, expected](
            QSqlDatabase db, std::optional<QString> *theirs, QString *error) {
            if (!expected) {
                return work ? CreditQueries::updateWorkField(db, recordId, name, value, error)
                            : CreditQueries::updatePartyField(db, recordId, name, value, error);
            }
            return work
                ? CreditQueries::updateWorkFieldIf(db, recordId, name, *expected, value, theirs, error)
                : CreditQueries::updatePartyFieldIf(db, recordId, name, *expected, value, theirs, error);
        },
        std::move(afterwards));
}

} // namespace Imprint
