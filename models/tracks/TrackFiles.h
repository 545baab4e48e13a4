// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "catalog/CatalogStore.h"

#include <QObject>
#include <QVariantList>
#include <QtQmlIntegration>

namespace Imprint
{

class CatalogThread;
class EditHistory;

/// The selected track's stems and cut-downs for the track pane, each removable as one undoable
/// step: a stem that fails its checks or a wrong cut-down goes from the track (its analyses with
/// it), so a corrected one can take its place. Its file waits in the library folder's hidden
/// ".imprint-removed" folder, which Import Folder does not read; undo puts both back as they
/// went. Part of CatalogSession, whose catalog thread and edit history it shares.
class TrackFiles : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by CatalogSession")
    Q_PROPERTY(qint64 trackId READ trackId NOTIFY changed)
    /// [{assetId, kind ("stem", "cutdown"), name (as the audio checks name it: its stem type,
    /// else its base name), label (the file's name, with the stem type where the name does not
    /// say it), fileName, stemType, path (relative to the library folder), durationMs}], stems
    /// first, each by path.
    Q_PROPERTY(QVariantList files READ files NOTIFY changed)

public:
    /// The prefix of this part's fields in the shared edit history.
    static constexpr QLatin1StringView historyPrefix { "trackfiles." };

    TrackFiles(const CatalogStore &store, CatalogThread *thread, EditHistory *history, QObject *parent);

    qint64 trackId() const { return m_trackId; }
    void setTrackId(qint64 id);
    QVariantList files() const { return m_files; }

    /// Rereads the selected track's stems and cut-downs.
    void reload();
    /// Takes a stem or cut-down of the selected track off it, as an undoable step.
    Q_INVOKABLE void remove(qint64 assetId);

    /// Applies a value from the edit history (undo/redo): a snapshot puts the file's record
    /// back, an empty value takes it out again; field is without the prefix.
    void applyField(qint64 recordId, const QString &field, const QString &value, const QString &expected);

Q_SIGNALS:
    void changed();
    /// A file was taken off a track or put back: its counts, checks and verdicts follow.
    void filesChanged();
    void errorOccurred(const QString &message);

private:
    /// Takes the file off (snapshot empty) or puts it back; a newStep (its description) records
    /// the undo step, an undo or redo keeps the step's snapshot fresh, and one that fails drops
    /// the steps made on it.
    void write(qint64 assetId, const QString &snapshot, const QString &expected, const QString &newStep);

    CatalogStore m_store;
    CatalogThread *m_thread;
    EditHistory *m_history;
    qint64 m_trackId = 0;
    QVariantList m_files;
};

} // namespace Imprint
