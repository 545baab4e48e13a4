// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "catalog/CatalogStore.h"

#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QVariantMap>
#include <QtQmlIntegration>

namespace Imprint
{

class CatalogThread;
class EditHistory;
class TrackSelection;
class TrackTableModel;

/// Editing the selected tracks together (the catalog page's "N tracks selected" pane): shows
/// which fields they share and which differ, and sets a field on all of them as one undo step
/// written in one transaction. Undo gives each track its own earlier value back.
///
/// A value is written only while the catalog still holds what the table showed when the edit
/// (or its undo or redo) was made: one someone else has changed meanwhile keeps their value,
/// the table shows it, the undo steps lose that field of that record, and the user is told
/// which (issue 16).
///
/// Fields: "artist" (the primary artist by name; a party is created when the catalog has none
/// of that name), "genre", "language", "explicit" ("1", "0" or empty), "bpm", "key", "mood",
/// "hasVocals" ("1", "0" or empty) and "label", which belongs
/// to a release: it is set on the releases the selected tracks are shown with, so a label is
/// never split between the tracks of one release. Part of CatalogSession, whose catalog
/// thread, track table and edit history it shares.
class BulkTrackEdit : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by CatalogSession")
    Q_PROPERTY(Imprint::TrackSelection *selection READ selection CONSTANT)
    Q_PROPERTY(int count READ count NOTIFY valuesChanged)
    /// The value every selected track shares, per field; a mixed field is absent.
    Q_PROPERTY(QVariantMap values READ values NOTIFY valuesChanged)
    /// The fields whose values differ between the selected tracks.
    Q_PROPERTY(QStringList mixedFields READ mixedFields NOTIFY valuesChanged)
    /// How many releases a label edit changes, and how many selected tracks are on none.
    Q_PROPERTY(int releaseCount READ releaseCount NOTIFY valuesChanged)
    Q_PROPERTY(int tracksWithoutRelease READ tracksWithoutRelease NOTIFY valuesChanged)

public:
    /// The prefix of this part's fields in the shared edit history.
    static constexpr QLatin1StringView historyPrefix { "bulk." };

    BulkTrackEdit(const CatalogStore &store, CatalogThread *thread, EditHistory *history,
        TrackTableModel *tracks, TrackSelection *selection, QObject *parent);

    TrackSelection *selection() const { return m_selection; }
    int count() const;
    QVariantMap values() const;
    QStringList mixedFields() const;
    int releaseCount() const;
    int tracksWithoutRelease() const;

    /// The fields a bulk edit sets: artist, genre, language, explicit, bpm, key, mood, hasVocals,
    /// label.
    Q_INVOKABLE static QStringList fields();
    /// Why value cannot be stored in field (the single-track editor's rules), or empty.
    Q_INVOKABLE static QString check(const QString &field, const QString &value);
    /// Sets each field of changes on every selected track (label: on their releases), as one
    /// undo step. Fields left out stay as they are on each track. False (errorOccurred, and
    /// nothing written) when a field or value is refused or nothing is selected.
    Q_INVOKABLE bool apply(const QVariantMap &changes);

    /// Applies a value from the edit history (undo/redo): a JSON document of each record's
    /// values, written in one transaction.
    void applyField(const QString &field, const QString &value);

    /// The tracks and releases one step of the history (a value of historyPrefix + "tracks")
    /// changes, for what is judged again after it.
    static void touched(const QString &value, QSet<qint64> *tracks, QSet<qint64> *releases);

Q_SIGNALS:
    void valuesChanged();
    /// Track rows of the table changed (the session refreshes the current track).
    void tracksEdited();
    /// Release labels changed in the catalog (the write is queued before this is emitted).
    void releasesEdited();
    void errorOccurred(const QString &message);
    void writeFailed();

private:
    /// A value of a change that was not written: the catalog held stored, not what the table
    /// showed when the change was made.
    struct Stale {
        bool release = false; ///< a release's label, else a track's field
        qint64 id = 0;
        QString field;
        QString stored;
    };
    /// Writes a change document ({"tracks": [{id, field: value…}], "releases": [{id, label}]})
    /// in one write transaction, each value only where the catalog holds the one of expected
    /// (the same shape); the others go to *stale. Values must be normalised.
    static bool write(QSqlDatabase db, const QJsonObject &change, const QJsonObject &expected,
        QList<Stale> *stale, QString *error);
    /// The table's values of the fields change writes, in its shape.
    QJsonObject shownValues(const QJsonObject &change) const;
    /// Shows the catalog's values where a change was not written, drops them from the undo
    /// steps and says so (nothingSaved: none of the change's values was written).
    void keepTheirs(const QList<Stale> &stale, bool nothingSaved);

    struct Summary {
        QVariantMap values;
        QStringList mixed;
        int releases = 0;
        int withoutRelease = 0;
    };
    const Summary &summary() const;
    void invalidate();
    void applyChange(const QJsonObject &change);

    CatalogStore m_store;
    CatalogThread *m_thread;
    EditHistory *m_history;
    TrackTableModel *m_tracks;
    TrackSelection *m_selection;
    mutable Summary m_summary;
    mutable bool m_summaryValid = false;
    bool m_applying = false;
};

} // namespace Imprint
