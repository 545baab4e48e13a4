// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include <QList>
#include <QObject>
#include <QSet>
#include <QVariantList>
#include <QtQmlIntegration>

namespace Imprint
{

class TrackFilterModel;
class TrackTableModel;

/// The tracks selected in the catalog table, kept by track id so a selection survives sorting,
/// searching and reloads (a track that leaves the catalog leaves the selection). Ranges and
/// "select all" follow the table as it is shown: sorted and filtered. The current track is the
/// one last clicked; the detail pane follows it while one track is selected.
class TrackSelection : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by CatalogSession")
    Q_PROPERTY(int count READ count NOTIFY changed)
    /// Increases on every change, so delegates can bind to contains() cheaply.
    Q_PROPERTY(int revision READ revision NOTIFY changed)
    Q_PROPERTY(qint64 currentTrackId READ currentTrackId NOTIFY currentChanged)
    /// Selected tracks the current search hides (they are still edited with the others).
    Q_PROPERTY(int hiddenCount READ hiddenCount NOTIFY hiddenCountChanged)

public:
    TrackSelection(const TrackTableModel *tracks, const TrackFilterModel *view, QObject *parent = nullptr);

    int count() const { return int(m_ids.size()); }
    int revision() const { return m_revision; }
    qint64 currentTrackId() const { return m_current; }
    int hiddenCount() const;
    /// The selected ids, ascending.
    QList<qint64> ids() const;

    Q_INVOKABLE bool contains(qint64 trackId) const { return m_ids.contains(trackId); }
    /// Only this track (a plain click); 0 clears the selection.
    Q_INVOKABLE void select(qint64 trackId);
    /// Adds or removes one track (Ctrl+click).
    Q_INVOKABLE void toggle(qint64 trackId);
    /// The tracks from the last plainly or Ctrl-clicked one to this one, as the table shows them
    /// (Shift+click).
    Q_INVOKABLE void extendTo(qint64 trackId);
    /// Every track the table shows under the current search (Ctrl+A).
    Q_INVOKABLE void selectAllVisible();
    Q_INVOKABLE void clear();
    /// The selected track ids, ascending, for actions on the selection (write tags…).
    Q_INVOKABLE QVariantList selectedTrackIds() const;

Q_SIGNALS:
    void changed();
    void currentChanged();
    void hiddenCountChanged();

private:
    void replace(QSet<qint64> ids, qint64 current, qint64 anchor);
    void dropVanished();

    const TrackTableModel *m_tracks;
    const TrackFilterModel *m_view;
    QSet<qint64> m_ids;
    qint64 m_current = 0;
    qint64 m_anchor = 0;
    int m_revision = 0;
};

} // namespace Imprint
