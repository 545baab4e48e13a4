// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "catalog/CatalogStore.h"

#include <QObject>
#include <QVariantList>
#include <QVariantMap>
#include <QtQmlIntegration>

#include <functional>

namespace Imprint
{

class CatalogThread;
class EditHistory;

/// The versions of the selected recording for the track pane: the original it was made from
/// and the versions made from it (Instrumental, Clean, Radio Edit, cut-downs…), each its own
/// recording with its own ISRC. Linking a recording to its original is one undoable step. Part
/// of CatalogSession, whose catalog thread and edit history it shares.
class TrackVersions : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by CatalogSession")
    Q_PROPERTY(qint64 trackId READ trackId NOTIFY changed)
    /// {trackId, text} of the original; empty for an original recording.
    Q_PROPERTY(QVariantMap original READ original NOTIFY changed)
    /// [{trackId, text, version, isrc}] of the versions made from the selected recording.
    Q_PROPERTY(QVariantList versions READ versions NOTIFY changed)
    /// TrackSearch rows of the last search for an original (never the selected recording).
    Q_PROPERTY(QVariantList candidates READ candidates NOTIFY candidatesChanged)

public:
    /// The prefix of this part's fields in the shared edit history.
    static constexpr QLatin1StringView historyPrefix { "versions." };

    TrackVersions(const CatalogStore &store, CatalogThread *thread, EditHistory *history, QObject *parent);

    qint64 trackId() const { return m_trackId; }
    void setTrackId(qint64 id);
    QVariantMap original() const { return m_original; }
    QVariantList versions() const { return m_versions; }
    QVariantList candidates() const { return m_candidates; }

    /// Rereads the selected recording's original and versions.
    void reload();
    Q_INVOKABLE void searchOriginals(const QString &text);
    /// Makes trackId a version of originalId (0: an original again). A link that would make a
    /// loop (the original is itself a version of this recording) is refused. Undoable. For the
    /// recording shown, only over the link shown: someone else's link made meanwhile is kept and
    /// conflictFound asks which to keep.
    Q_INVOKABLE void setOriginal(qint64 trackId, qint64 originalId);

    /// Applies a value from the edit history (undo/redo) over expected, the other side of the
    /// step; field is without the prefix.
    void applyField(qint64 recordId, const QString &field, const QString &value, const QString &expected);
    /// After a conflict: links the recording to mine over theirs (original ids, as conflictFound
    /// gave them), as an undoable step, if the catalog still holds theirs.
    void useMine(qint64 trackId, const QString &mine, const QString &theirs);

Q_SIGNALS:
    void changed();
    void candidatesChanged();
    void errorOccurred(const QString &message);
    /// A link was not saved: someone else linked the recording (theirs, an original's id, "0"
    /// for none) since it was shown. Theirs is shown now and the link's undo steps are gone.
    void conflictFound(qint64 trackId, const QString &yours, const QString &theirs);

private:
    /// Links trackId to originalId if the catalog still holds expected (nullopt: no check);
    /// newStep records an undo step.
    void link(qint64 trackId, qint64 originalId, std::optional<qint64> expected, bool newStep);
    /// Runs a write on the catalog thread; reports a failure (unless conflicted, asked first,
    /// handled it), and rereads after it either way.
    void write(std::function<bool(QSqlDatabase, QString *)> task, std::function<void()> afterwards,
        std::function<bool()> conflicted = {});

    CatalogStore m_store;
    CatalogThread *m_thread;
    EditHistory *m_history;
    qint64 m_trackId = 0;
    QVariantMap m_original;
    QVariantList m_versions;
    QVariantList m_candidates;
};

} // namespace Imprint
