// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "catalog/CatalogStore.h"
#include "delivery/DeliveryHistoryModel.h"

#include <QObject>
#include <QStringList>
#include <QVariantList>
#include <QtQmlIntegration>

namespace Imprint
{

class CatalogThread;

/// The deliveries page's view of the catalog: for the chosen release and profile, what the
/// profile needs, the preflight (what is missing or failing), and the release's delivery
/// history. The preflight is read again with the readiness and audio verdicts after edits
/// (CatalogSession's derived refresh). Part of CatalogSession, whose catalog thread it shares. Packages are
/// written by DeliveryController (Imprint.App), which calls reload() when one is done.
class DeliveryCatalog : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by CatalogSession")
    Q_PROPERTY(qint64 releaseId READ releaseId WRITE setReleaseId NOTIFY selectionChanged)
    Q_PROPERTY(QString profile READ profile WRITE setProfile NOTIFY selectionChanged)
    Q_PROPERTY(QVariantList profiles READ profiles CONSTANT)
    Q_PROPERTY(QStringList requirements READ requirements NOTIFY selectionChanged)
    Q_PROPERTY(QVariantList issues READ issues NOTIFY preflightChanged)
    Q_PROPERTY(QVariantList blockers READ blockers NOTIFY preflightChanged)
    Q_PROPERTY(QVariantList warnings READ warnings NOTIFY preflightChanged)
    Q_PROPERTY(bool impossible READ isImpossible NOTIFY preflightChanged)
    Q_PROPERTY(bool blocked READ isBlocked NOTIFY preflightChanged)
    Q_PROPERTY(QString forceSummary READ forceSummary NOTIFY preflightChanged)
    Q_PROPERTY(int fileCount READ fileCount NOTIFY preflightChanged)
    Q_PROPERTY(QString suggestedName READ suggestedName NOTIFY preflightChanged)
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)
    Q_PROPERTY(Imprint::DeliveryHistoryModel *history READ history CONSTANT)

public:
    DeliveryCatalog(const CatalogStore &store, CatalogThread *thread, QObject *parent);

    qint64 releaseId() const { return m_releaseId; }
    void setReleaseId(qint64 id);
    QString profile() const { return m_profile; }
    void setProfile(const QString &key);
    /// [{key, name}] of every delivery profile.
    QVariantList profiles() const;
    /// What the current profile puts into a package and demands of the release, one line each.
    QStringList requirements() const;
    /// [{ruleId, trackId, level, subject, message, fix}]: what the release lacks for the profile
    /// and what the readiness and audio verdicts say (Delivery::preflight); trackId 0 is the
    /// release, level "impossible", "blocker" or "warning", fix only where there is one.
    QVariantList issues() const { return m_issues; }
    /// The impossible and blocker issues, and the warnings, each in the order of issues.
    QVariantList blockers() const { return m_blockers; }
    QVariantList warnings() const { return m_warnings; }
    /// Nothing to deliver (no tracks, a track without master): no export, not even forced.
    bool isImpossible() const { return m_impossible; }
    /// Export is refused unless forced: impossible or a blocker.
    bool isBlocked() const { return !m_blockers.isEmpty(); }
    /// What "Export Anyway" forces, for its confirmation: one line per blocker.
    QString forceSummary() const { return m_forceSummary; }
    /// Files the package will hold (audio, artwork, documents), 0 until loaded.
    int fileCount() const { return m_fileCount; }
    /// "<Artist> - <Title> (<Profile>)", safe as a file name, without extension.
    QString suggestedName() const { return m_suggestedName; }
    bool isLoading() const { return m_pendingLoads > 0; }
    DeliveryHistoryModel *history() { return &m_history; }

    /// Reads the preflight and history of the selected release again (after an export).
    Q_INVOKABLE void reload();

Q_SIGNALS:
    void selectionChanged();
    void preflightChanged();
    void loadingChanged();
    void errorOccurred(const QString &message);

private:
    CatalogStore m_store;
    CatalogThread *m_thread;
    DeliveryHistoryModel m_history;
    qint64 m_releaseId = 0;
    QString m_profile;
    QVariantList m_issues;
    QVariantList m_blockers;
    QVariantList m_warnings;
    bool m_impossible = false;
    QString m_forceSummary;
    int m_fileCount = 0;
    QString m_suggestedName;
    int m_pendingLoads = 0;
    quint64 m_generation = 0; // answers to an older selection are dropped
};

} // namespace Imprint
