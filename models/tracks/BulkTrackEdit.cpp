// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "BulkTrackEdit.h"

#include "Logging.h"
#include "catalog/CatalogThread.h"
#include "catalog/ReleaseQueries.h"
#include "catalog/SqlDialect.h"
#include "catalog/SqlTransaction.h"
#include "catalog/TrackQueries.h"
#include "editing/EditHistory.h"
#include "editing/FieldNames.h"
#include "tracks/TrackSelection.h"
#include "tracks/TrackTableModel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;

namespace Imprint
{

namespace
{

const auto LabelField = u"label"_s;
const auto IdKey = u"id"_s;
const auto TracksKey = u"tracks"_s;
const auto ReleasesKey = u"releases"_s;
// The one edit-history field of this part: the value is a whole change document.
const auto ChangeField = u"tracks"_s;

// The track fields of a bulk edit (label is the release's) and the table role of each.
const std::map<QString, TrackTableModel::Role> &trackFields()
{
    static const std::map<QString, TrackTableModel::Role> fields {
        { u"artist"_s, TrackTableModel::ArtistRole }, { u"genre"_s, TrackTableModel::GenreRole },
        { u"language"_s, TrackTableModel::LanguageRole }, { u"explicit"_s, TrackTableModel::ExplicitRole },
        { u"bpm"_s, TrackTableModel::BpmRole }, { u"key"_s, TrackTableModel::KeyRole },
        { u"mood"_s, TrackTableModel::MoodRole }, { u"hasVocals"_s, TrackTableModel::HasVocalsRole }
    };
    return fields;
}

QString trackValue(const TrackRow &row, const QString &field)
{
    if (field == u"artist")
        return row.artist;
    if (field == u"genre")
        return row.genre;
    if (field == u"language")
        return row.language;
    if (field == u"explicit")
        return row.explicitFlag;
    if (field == u"bpm")
        return row.bpm;
    if (field == u"key")
        return row.key;
    if (field == u"mood")
        return row.mood;
    if (field == u"hasVocals")
        return row.hasVocals;
    if (field == LabelField)
        return row.label;
    return {};
}

// The value stored for field, or nullopt with the reason.
std::optional<QString> normalized(const QString &field, const QString &value, QString *error)
{
    if (field == LabelField)
        return ReleaseQueries::normalizedValue(LabelField, value, error);
    const auto trackField = trackFields().find(field) != trackFields().end()
        ? TrackQueries::editableField(field)
        : std::nullopt;
    if (!trackField) {
        if (error)
            *error = QCoreApplication::translate(
                "BulkTrackEdit", "“%1” cannot be set on several tracks at once.")
                         .arg(field);
        return std::nullopt;
    }
    return TrackQueries::normalizedValue(*trackField, value, error);
}

// How many values a change document sets: each track's fields and each release's label.
qsizetype valueCount(const QJsonObject &change)
{
    qsizetype count = change.value(ReleasesKey).toArray().size();
    for (const QJsonValue &entry : change.value(TracksKey).toArray())
        count += entry.toObject().size() - 1; // all but the id
    return count;
}

} // namespace

BulkTrackEdit::BulkTrackEdit(const CatalogStore &store, CatalogThread *thread, EditHistory *history,
    TrackTableModel *tracks, TrackSelection *selection, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_thread(thread)
    , m_history(history)
    , m_tracks(tracks)
    , m_selection(selection)
{
    connect(selection, &TrackSelection::changed, this, &BulkTrackEdit::invalidate);
    connect(tracks, &QAbstractItemModel::modelReset, this, &BulkTrackEdit::invalidate);
    connect(tracks, &QAbstractItemModel::dataChanged, this,
        [this](const QModelIndex &from, const QModelIndex &to) {
            if (m_applying)
                return; // applyChange tells once for all its rows
            for (int row = from.row(); row <= to.row(); ++row) {
                if (m_selection->contains(m_tracks->rowAt(row).id)) {
                    invalidate();
                    return;
                }
            }
        });
}

QStringList BulkTrackEdit::fields()
{
    return { u"artist"_s, u"genre"_s, u"language"_s, u"explicit"_s, u"bpm"_s, u"key"_s, u"mood"_s,
        u"hasVocals"_s, LabelField };
}

QString BulkTrackEdit::check(const QString &field, const QString &value)
{
    QString error;
    return normalized(field, value, &error) ? QString() : error;
}

void BulkTrackEdit::invalidate()
{
    m_summaryValid = false;
    Q_EMIT valuesChanged();
}

const BulkTrackEdit::Summary &BulkTrackEdit::summary() const
{
    if (m_summaryValid)
        return m_summary;
    Summary summary;
    const QStringList names = fields();
    QList<QString> first(names.size());
    QList<bool> mixed(names.size(), false);
    QSet<qint64> releases;
    bool seen = false;
    for (const qint64 id : m_selection->ids()) {
        const TrackRow *row = m_tracks->rowById(id);
        if (!row)
            continue;
        if (row->releaseId != 0)
            releases.insert(row->releaseId);
        else
            ++summary.withoutRelease;
        for (qsizetype i = 0; i < names.size(); ++i) {
            // Tracks on no release have no label to differ in.
            if (names.at(i) == LabelField && row->releaseId == 0)
                continue;
            const QString value = trackValue(*row, names.at(i));
            if (!seen || (names.at(i) == LabelField && first.at(i).isNull()))
                first[i] = value.isNull() ? u""_s : value;
            else if (value != first.at(i))
                mixed[i] = true;
        }
        seen = true;
    }
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (mixed.at(i))
            summary.mixed.append(names.at(i));
        else if (seen)
            summary.values.insert(names.at(i), first.at(i).isNull() ? u""_s : first.at(i));
    }
    summary.releases = int(releases.size());
    m_summary = std::move(summary);
    m_summaryValid = true;
    return m_summary;
}

int BulkTrackEdit::count() const
{
    return m_selection->count();
}

QVariantMap BulkTrackEdit::values() const
{
    return summary().values;
}

QStringList BulkTrackEdit::mixedFields() const
{
    return summary().mixed;
}

int BulkTrackEdit::releaseCount() const
{
    return summary().releases;
}

int BulkTrackEdit::tracksWithoutRelease() const
{
    return summary().withoutRelease;
}

bool BulkTrackEdit::apply(const QVariantMap &changes)
{
    const auto refuse = [this](const QString &reason) {
        Q_EMIT errorOccurred(reason);
        return false;
    };
    if (m_selection->count() == 0)
        return refuse(tr("Select the tracks to change first."));
    // Every value is checked before anything changes: one refused value writes nothing.
    QVariantMap values;
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        QString error;
        const auto value = normalized(it.key(), it.value().toString(), &error);
        if (!value)
            return refuse(error);
        values.insert(it.key(), *value);
    }

    QJsonArray tracksBefore;
    QJsonArray tracksAfter;
    std::map<qint64, QString> labelsBefore; // by release id, ascending
    for (const qint64 id : m_selection->ids()) {
        const TrackRow *row = m_tracks->rowById(id);
        if (!row)
            continue;
        QJsonObject before { { IdKey, id } };
        QJsonObject after { { IdKey, id } };
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            const QString old = trackValue(*row, it.key());
            if (it.key() == LabelField) {
                if (row->releaseId != 0 && old != it.value().toString())
                    labelsBefore.emplace(row->releaseId, old);
            } else if (old != it.value().toString()) {
                before.insert(it.key(), old);
                after.insert(it.key(), it.value().toString());
            }
        }
        if (after.size() > 1) {
            tracksBefore.append(before);
            tracksAfter.append(after);
        }
    }
    QJsonArray releasesBefore;
    QJsonArray releasesAfter;
    for (const auto &[releaseId, label] : labelsBefore) {
        releasesBefore.append(QJsonObject { { IdKey, releaseId }, { LabelField, label } });
        releasesAfter.append(
            QJsonObject { { IdKey, releaseId }, { LabelField, values.value(LabelField).toString() } });
    }
    if (tracksAfter.isEmpty() && releasesAfter.isEmpty())
        return true; // every track already has these values

    const QJsonObject before { { TracksKey, tracksBefore }, { ReleasesKey, releasesBefore } };
    const QJsonObject after { { TracksKey, tracksAfter }, { ReleasesKey, releasesAfter } };
    applyChange(after);
    const int count = m_selection->count();
    m_history->record({ 0, historyPrefix + ChangeField,
        QString::fromUtf8(QJsonDocument(before).toJson(QJsonDocument::Compact)),
        QString::fromUtf8(QJsonDocument(after).toJson(QJsonDocument::Compact)),
        tr("Change of %n Track(s)", "", count) });
    return true;
}

void BulkTrackEdit::touched(const QString &value, QSet<qint64> *tracks, QSet<qint64> *releases)
{
    const QJsonObject change = QJsonDocument::fromJson(value.toUtf8()).object();
    for (const QJsonValue &track : change.value(TracksKey).toArray())
        tracks->insert(track.toObject().value(IdKey).toInteger());
    for (const QJsonValue &release : change.value(ReleasesKey).toArray())
        releases->insert(release.toObject().value(IdKey).toInteger());
}

void BulkTrackEdit::applyField(const QString &field, const QString &value)
{
    if (field != ChangeField)
        return;
    const QJsonDocument document = QJsonDocument::fromJson(value.toUtf8());
    if (!document.isObject()) {
        qCWarning(lcCatalog) << "a bulk edit in the history cannot be read";
        return;
    }
    applyChange(document.object());
}

void BulkTrackEdit::applyChange(const QJsonObject &change)
{
    const QJsonObject expected = shownValues(change);
    // The table first, so the views show the edit at once; the catalog is written behind.
    m_applying = true;
    QList<TrackTableModel::FieldChange> fields;
    for (const QJsonValue &entry : change.value(TracksKey).toArray()) {
        const QJsonObject track = entry.toObject();
        const qint64 id = track.value(IdKey).toInteger();
        for (auto it = track.constBegin(); it != track.constEnd(); ++it) {
            const auto field = trackFields().find(it.key());
            if (field != trackFields().end())
                fields.append({ id, field->second, it.value().toString() });
        }
    }
    m_tracks->setFields(fields);
    const QJsonArray releases = change.value(ReleasesKey).toArray();
    for (const QJsonValue &entry : releases) {
        const QJsonObject release = entry.toObject();
        m_tracks->setReleaseLabel(release.value(IdKey).toInteger(), release.value(LabelField).toString());
    }
    m_applying = false;
    invalidate();
    Q_EMIT tracksEdited();

    const CatalogStore store = m_store;
    m_thread->post([this, store, change, expected] {
        QString error;
        QList<Stale> stale;
        QSqlDatabase db = store.connection(&error);
        if (db.isValid() && write(db, change, expected, &stale, &error)) {
            if (!stale.isEmpty())
                QMetaObject::invokeMethod(
                    this, [this, stale, all = stale.size() == valueCount(change)] { keepTheirs(stale, all); },
                    Qt::QueuedConnection);
            return;
        }
        QMetaObject::invokeMethod(
            this,
            [this, error] {
                qCWarning(lcCatalog) << "saving a bulk edit failed:" << error;
                Q_EMIT errorOccurred(tr("The change was not saved: %1").arg(error));
                Q_EMIT writeFailed();
            },
            Qt::QueuedConnection);
    });
    if (!releases.isEmpty())
        Q_EMIT releasesEdited();
}

QJsonObject BulkTrackEdit::shownValues(const QJsonObject &change) const
{
    QJsonArray tracks;
    for (const QJsonValue &entry : change.value(TracksKey).toArray()) {
        const QJsonObject track = entry.toObject();
        const TrackRow *row = m_tracks->rowById(track.value(IdKey).toInteger());
        if (!row)
            continue;
        QJsonObject shown { { IdKey, row->id } };
        for (auto it = track.constBegin(); it != track.constEnd(); ++it) {
            if (it.key() != IdKey)
                shown.insert(it.key(), trackValue(*row, it.key()));
        }
        tracks.append(shown);
    }
    QJsonArray releases;
    for (const QJsonValue &entry : change.value(ReleasesKey).toArray()) {
        const qint64 releaseId = entry.toObject().value(IdKey).toInteger();
        const auto shownWith = std::ranges::find(m_tracks->rows(), releaseId, &TrackRow::releaseId);
        if (shownWith != m_tracks->rows().end())
            releases.append(QJsonObject { { IdKey, releaseId }, { LabelField, shownWith->label } });
    }
    return { { TracksKey, tracks }, { ReleasesKey, releases } };
}

void BulkTrackEdit::keepTheirs(const QList<Stale> &stale, bool nothingSaved)
{
    QList<TrackTableModel::FieldChange> fields;
    QSet<std::pair<qint64, QString>> trackFieldsKept;
    QSet<qint64> labelsKept;
    QStringList kept;
    for (const Stale &value : stale) {
        if (value.release) {
            m_tracks->setReleaseLabel(value.id, value.stored);
            labelsKept.insert(value.id);
            const auto shownWith = std::ranges::find(m_tracks->rows(), value.id, &TrackRow::releaseId);
            kept.append(tr("the label of %1")
                    .arg(shownWith != m_tracks->rows().end() ? shownWith->release : QString()));
            continue;
        }
        const auto field = trackFields().find(value.field);
        if (field == trackFields().end())
            continue;
        fields.append({ value.id, field->second, value.stored });
        trackFieldsKept.insert({ value.id, value.field });
        const TrackRow *row = m_tracks->rowById(value.id);
        kept.append(u"%1 (%2)"_s.arg(row ? row->title : QString(),
            FieldNames::trackFieldTitle(*TrackQueries::editableField(value.field))));
    }
    m_tracks->setFields(fields);
    // Undoing or redoing these values would write over the other person's edit without a word.
    m_history->rewrite(historyPrefix + ChangeField, [&](FieldEdit &part) {
        const auto without = [&](const QString &document) {
            QJsonObject change = QJsonDocument::fromJson(document.toUtf8()).object();
            QJsonArray tracks;
            for (const QJsonValue &entry : change.value(TracksKey).toArray()) {
                QJsonObject track = entry.toObject();
                const qint64 id = track.value(IdKey).toInteger();
                for (const QString &key : track.keys()) {
                    if (trackFieldsKept.contains({ id, key }))
                        track.remove(key);
                }
                if (track.size() > 1)
                    tracks.append(track);
            }
            QJsonArray releases;
            for (const QJsonValue &entry : change.value(ReleasesKey).toArray()) {
                if (!labelsKept.contains(entry.toObject().value(IdKey).toInteger()))
                    releases.append(entry);
            }
            change.insert(TracksKey, tracks);
            change.insert(ReleasesKey, releases);
            return std::pair { QString::fromUtf8(QJsonDocument(change).toJson(QJsonDocument::Compact)),
                tracks.isEmpty() && releases.isEmpty() };
        };
        const auto [before, beforeEmpty] = without(part.before);
        const auto [after, afterEmpty] = without(part.after);
        part.before = before;
        part.after = after;
        return !(beforeEmpty && afterEmpty);
    });
    invalidate();
    Q_EMIT tracksEdited();
    if (!labelsKept.isEmpty())
        Q_EMIT releasesEdited();
    constexpr qsizetype Named = 5;
    QString names = kept.mid(0, Named).join(u", "_s);
    if (kept.size() > Named)
        names += u", …"_s;
    if (nothingSaved)
        Q_EMIT errorOccurred(tr("The change was not saved: someone else had changed %n of its value(s) "
                                "meanwhile, which stay as they are: %1.",
            "", int(kept.size()))
                .arg(names));
    else
        Q_EMIT errorOccurred(tr("%n value(s) had been changed by someone else meanwhile and were kept as "
                                "they are: %1. The rest of the change was saved.",
            "", int(kept.size()))
                .arg(names));
}

bool BulkTrackEdit::write(QSqlDatabase db, const QJsonObject &change, const QJsonObject &expected,
    QList<Stale> *stale, QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    QHash<qint64, QJsonObject> expectedTracks;
    for (const QJsonValue &entry : expected.value(TracksKey).toArray())
        expectedTracks.insert(entry.toObject().value(IdKey).toInteger(), entry.toObject());
    QHash<qint64, QString> expectedLabels;
    for (const QJsonValue &entry : expected.value(ReleasesKey).toArray())
        expectedLabels.insert(
            entry.toObject().value(IdKey).toInteger(), entry.toObject().value(LabelField).toString());

    SqlTransaction transaction(db);
    if (!transaction.isActive())
        return fail(transaction.error());
    const SqlDialect dialect = SqlDialect::of(db);
    // On a server the rows are locked first, so nobody changes them between the check and the write.
    const auto lock = [&](const QString &table, qint64 id) {
        const QString sql = dialect.lockRowQuery(table);
        if (sql.isEmpty())
            return true;
        QSqlQuery query(db);
        query.prepare(sql);
        query.addBindValue(id);
        return query.exec() || fail(query.lastError().text());
    };
    const QJsonArray trackChanges = change.value(TracksKey).toArray();
    QList<qint64> ids;
    for (const QJsonValue &entry : trackChanges) {
        ids.append(entry.toObject().value(IdKey).toInteger());
        if (!lock(u"tracks"_s, ids.constLast()))
            return false;
    }
    // What the catalog holds now, read once for all the tracks.
    const auto rows = TrackQueries::tracks(db, ids, error);
    if (!rows)
        return false;
    QHash<qint64, const TrackRow *> storedRows;
    for (const TrackRow &row : *rows)
        storedRows.insert(row.id, &row);
    for (const QJsonValue &entry : trackChanges) {
        const QJsonObject track = entry.toObject();
        const qint64 id = track.value(IdKey).toInteger();
        const TrackRow *storedRow = storedRows.value(id);
        if (!storedRow)
            continue; // deleted meanwhile: nothing to change
        const QJsonObject shown = expectedTracks.value(id);
        for (auto it = track.constBegin(); it != track.constEnd(); ++it) {
            if (it.key() == IdKey)
                continue;
            const auto field = TrackQueries::editableField(it.key());
            if (!field)
                return fail(u"unknown track field %1"_s.arg(it.key()));
            const QString stored = TrackQueries::fieldText(*storedRow, *field);
            if (shown.contains(it.key()) && stored != shown.value(it.key()).toString()) {
                stale->append({ false, id, it.key(), stored });
                continue;
            }
            if (!TrackQueries::writeTrackField(db, id, *field, it.value().toString(), error))
                return false;
        }
    }
    for (const QJsonValue &entry : change.value(ReleasesKey).toArray()) {
        const QJsonObject release = entry.toObject();
        const qint64 id = release.value(IdKey).toInteger();
        if (!lock(u"releases"_s, id))
            return false;
        QSqlQuery query(db);
        query.prepare(u"SELECT label FROM releases WHERE id = ?"_s);
        query.addBindValue(id);
        if (!query.exec())
            return fail(query.lastError().text());
        if (!query.next())
            continue;
        const QString stored = query.isNull(0) ? QString() : query.value(0).toString();
        query.finish();
        if (expectedLabels.contains(id) && stored != expectedLabels.value(id)) {
            stale->append({ true, id, LabelField, stored });
            continue;
        }
        if (!ReleaseQueries::writeReleaseField(
                db, id, LabelField, release.value(LabelField).toString(), error))
            return false;
    }
    return transaction.commit() || fail(transaction.error());
}

} // namespace Imprint
