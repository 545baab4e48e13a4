// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "QualityCatalog.h"

#include "catalog/CatalogThread.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace Imprint
{

QualityCatalog::QualityCatalog(const CatalogStore &store, CatalogThread *thread, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_thread(thread)
    , m_model(this)
    , m_profiles(QualityProfile::defaults())
    , m_profile(m_profiles.first())
{
}

QVariantList QualityCatalog::profiles() const
{
    QVariantList list;
    for (const QualityProfile &p : m_profiles)
        list.append(QVariantMap { { u"key"_s, p.key }, { u"name"_s, p.name } });
    return list;
}

void QualityCatalog::setProfileKey(const QString &key)
{
    for (const QualityProfile &p : std::as_const(m_profiles)) {
        if (p.key == key && key != m_profile.key) {
            m_profile = p;
            m_model.setProfile(p);
            Q_EMIT profileChanged();
            Q_EMIT currentChanged();
            return;
        }
    }
}

void QualityCatalog::setCurrentTrackId(qint64 id)
{
    if (id == m_currentTrackId)
        return;
    m_currentTrackId = id;
    Q_EMIT currentChanged();
    loadCurve();
}

QVariantMap QualityCatalog::current() const
{
    const TrackQualityRow *row = m_model.row(m_currentTrackId);
    if (!row)
        return {};
    QVariantMap map { { u"trackId"_s, row->trackId },
        { u"title"_s, row->version.isEmpty() ? row->title : u"%1 (%2)"_s.arg(row->title, row->version) },
        { u"artist"_s, row->artist }, { u"path"_s, row->relativePath },
        { u"analysed"_s, row->facts.has_value() }, { u"profile"_s, m_profile.name } };
    QVariantList checks;
    if (const QualityReport *report = m_model.report(m_currentTrackId)) {
        map.insert(u"verdict"_s, verdictName(report->verdict));
        for (const QualityCheck &check : report->checks)
            checks.append(check.toVariantMap());
    } else {
        map.insert(u"verdict"_s, u"none"_s);
    }
    map.insert(u"checks"_s, checks);
    return map;
}

void QualityCatalog::reload()
{
    ++m_pendingLoads;
    if (m_pendingLoads == 1)
        Q_EMIT loadingChanged();
    const CatalogStore store = m_store;
    m_thread->post([this, store] {
        QString error;
        QSqlDatabase db = store.connection(&error);
        auto rows = AnalysisRepository::trackRows(db, &error);
        auto profiles = rows ? AnalysisRepository::profiles(db, &error) : std::nullopt;
        QMetaObject::invokeMethod(
            this,
            [this, rows = std::move(rows), profiles = std::move(profiles), error]() mutable {
                --m_pendingLoads;
                if (rows && profiles && !profiles->isEmpty()) {
                    m_profiles = std::move(*profiles);
                    const auto same = std::find_if(m_profiles.cbegin(), m_profiles.cend(),
                        [this](const QualityProfile &p) { return p.key == m_profile.key; });
                    m_profile = same != m_profiles.cend() ? *same : m_profiles.first();
                    m_model.setProfile(m_profile);
                    m_model.setRows(std::move(*rows));
                    Q_EMIT profilesChanged();
                    // Open on the track that most needs attention.
                    if (!m_model.row(m_currentTrackId))
                        m_currentTrackId = m_model.worstTrackId();
                    Q_EMIT currentChanged();
                    loadCurve();
                } else {
                    Q_EMIT errorOccurred(tr("Could not read the audio checks: %1").arg(error));
                }
                if (m_pendingLoads == 0)
                    Q_EMIT loadingChanged();
                Q_EMIT reloaded();
            },
            Qt::QueuedConnection);
    });
}

void QualityCatalog::loadCurve()
{
    const TrackQualityRow *row = m_model.row(m_currentTrackId);
    const qint64 assetId = row && row->facts ? row->assetId : 0;
    if (assetId == 0) {
        if (!m_curve.isEmpty()) {
            m_curve.clear();
            Q_EMIT currentCurveChanged();
        }
        return;
    }
    const CatalogStore store = m_store;
    const qint64 trackId = m_currentTrackId;
    m_thread->post([this, store, assetId, trackId] {
        QString error;
        const auto record = AnalysisRepository::load(store.connection(&error), assetId, &error);
        QVariantList curve;
        double interval = 0;
        if (record) {
            interval = record->curveIntervalSeconds;
            curve.reserve(qsizetype(record->curve.size()));
            for (float value : record->curve)
                curve.append(std::isfinite(value) ? QVariant(double(value)) : QVariant());
        }
        QMetaObject::invokeMethod(
            this,
            [this, curve = std::move(curve), interval, trackId]() mutable {
                if (trackId != m_currentTrackId)
                    return;
                m_curve = std::move(curve);
                m_curveInterval = interval;
                Q_EMIT currentCurveChanged();
            },
            Qt::QueuedConnection);
    });
}

} // namespace Imprint
