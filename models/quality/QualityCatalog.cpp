// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "QualityCatalog.h"

#include "catalog/CatalogThread.h"
#include "editing/EditHistory.h"
#include "quality/AudioPicture.h"
#include "quality/ProfileChanges.h"
#include "quality/ProfileFields.h"
#include "quality/SharedQualityRows.h"
#include "rights/FixTargets.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Imprint
{

namespace
{

// The profile of that key, else the first (the list is never empty).
QualityProfile profileOr(const QList<QualityProfile> &profiles, const QString &key)
{
    const auto same = std::find_if(
        profiles.cbegin(), profiles.cend(), [&key](const QualityProfile &p) { return p.key == key; });
    return same != profiles.cend() ? *same : profiles.first();
}

// "Versions and stems" names everything missing; its link goes to the control for the first of
// them, in the order the check names them.
QString missingVersionControl(const AnalysisFacts &facts)
{
    if (!facts.hasInstrumental)
        return u"addVersionSearch"_s;
    return facts.stemCount == 0 ? u"attachStemsButton"_s : u"attachCutdownsButton"_s;
}

} // namespace

QualityCatalog::QualityCatalog(
    const CatalogStore &store, CatalogThread *thread, EditHistory *history, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_thread(thread)
    , m_history(history)
    , m_model(this)
    , m_profiles(QualityProfile::defaults())
    , m_profile(m_profiles.first())
{
    connect(this, &QualityCatalog::currentChanged, this, &QualityCatalog::updatePicture);
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
    loadPicture();
}

void QualityCatalog::setTrackTable(const TrackTableModel *table)
{
    m_model.setTrackTable(table);
    // The selected track's title and path in current() come from the table too.
    connect(&m_model, &QAbstractItemModel::dataChanged, this,
        [this](const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles) {
            const int at = m_model.rowOfTrack(m_currentTrackId);
            if (roles.contains(QualityListModel::TitleRole) && at >= topLeft.row() && at <= bottomRight.row())
                Q_EMIT currentChanged();
        });
}

QVariantMap QualityCatalog::current() const
{
    const TrackQualityRow *row = m_model.row(m_currentTrackId);
    if (!row)
        return {};
    const QualityListModel::TrackNames names = m_model.namesOf(*row);
    QVariantMap map { { u"trackId"_s, row->trackId }, { u"title"_s, names.title },
        { u"artist"_s, names.artist }, { u"path"_s, names.path }, { u"analysed"_s, row->facts.has_value() },
        { u"profile"_s, m_profile.name } };
    // Each check with where its fix is made (FixTargets), for the fix link.
    const auto withTarget = [this, row](const QualityCheck &check) {
        QVariantMap item = check.toVariantMap();
        const QString rule = FixTargets::qualityRuleId(check.id);
        item.insert(u"rule"_s, rule);
        QVariantMap target = FixTargets::toVariant(rule, m_currentTrackId);
        if (check.id == u"versions" && row->facts)
            target.insert(u"field"_s, missingVersionControl(*row->facts));
        // A stem or cut-down that fails is exported again and replaces this one: its row in the
        // track's details, where it is removed and the new one attached.
        if (check.assetId != 0 && check.verdict == Verdict::Fail) {
            target.insert(u"page"_s, u"catalog"_s);
            target.insert(u"record"_s, u"track"_s);
            target.insert(u"recordId"_s, m_currentTrackId);
            target.insert(u"tab"_s, QString());
            target.insert(u"field"_s, u"trackFile_%1/removeTrackFileButton"_s.arg(check.assetId));
        }
        item.insert(u"target"_s, target);
        return item;
    };
    QVariantList checks;
    if (const std::optional<QualityReport> report = m_model.report(m_currentTrackId)) {
        map.insert(u"verdict"_s, verdictName(m_model.verdict(m_currentTrackId).value_or(report->verdict)));
        for (const QualityCheck &check : report->checks)
            checks.append(withTarget(check));
    } else {
        map.insert(u"verdict"_s, u"none"_s);
    }
    map.insert(u"checks"_s, checks);
    QVariantList stems;
    const QualityReport stemReport = m_model.stemReport(m_currentTrackId);
    for (const QualityCheck &check : stemReport.checks)
        stems.append(withTarget(check));
    map.insert(u"stems"_s, stems);
    // Both lists for one sectioned view.
    QVariantList all;
    for (QVariant check : std::as_const(checks)) {
        QVariantMap item = check.toMap();
        item.insert(u"section"_s, m_profile.name);
        all.append(item);
    }
    const QString stemSection = m_profile.stemsInVerdict
        ? tr("Stems and versions (part of the verdict)")
        : tr("Stems and versions (not part of the %1 verdict)").arg(m_profile.name);
    for (QVariant check : std::as_const(stems)) {
        QVariantMap item = check.toMap();
        item.insert(u"section"_s, stemSection);
        all.append(item);
    }
    map.insert(u"allChecks"_s, all);
    map.insert(u"stemsVerdict"_s, stems.isEmpty() ? u"none"_s : verdictName(stemReport.verdict));
    map.insert(u"stemsCounted"_s, m_profile.stemsInVerdict);
    return map;
}

void QualityCatalog::reloadWith(std::shared_ptr<SharedQualityRows> shared)
{
    ++m_pendingLoads;
    if (m_pendingLoads == 1)
        Q_EMIT loadingChanged();
    const CatalogStore store = m_store;
    const QHash<QString, quint64> editsBefore = m_profileEditsPosted;
    const bool withNames = !m_model.namesFromTable();
    m_thread->post([this, store, shared = std::move(shared), key = m_profile.key, editsBefore, withNames] {
        QString error;
        QSqlDatabase db = store.connection(&error);
        auto rows
            = shared ? shared->rows(db, &error) : AnalysisRepository::trackRows(db, &error, {}, withNames);
        auto profiles = rows ? AnalysisRepository::profiles(db, &error) : std::nullopt;
        // Judged here, not on the GUI thread: at 100 000 tracks that took the window away for
        // a noticeable moment. Under the profile shown when the reload was asked for.
        std::optional<QualityProfile> judgedUnder;
        QList<QualityListModel::Verdicts> verdicts;
        if (rows && profiles && !profiles->isEmpty()) {
            judgedUnder = profileOr(*profiles, key);
            verdicts = QualityListModel::judge(*judgedUnder, *rows);
        }
        QMetaObject::invokeMethod(
            this,
            [this, rows = std::move(rows), profiles = std::move(profiles),
                judgedUnder = std::move(judgedUnder), verdicts = std::move(verdicts), error,
                editsBefore]() mutable {
                --m_pendingLoads;
                if (rows && profiles && !profiles->isEmpty()) {
                    keepNewerEdits(*profiles, editsBefore);
                    m_profiles = std::move(*profiles);
                    m_profile = profileOr(m_profiles, m_profile.key);
                    if (m_profile == *judgedUnder) {
                        m_model.setRows(std::move(*rows), m_profile, std::move(verdicts));
                    } else { // another profile was chosen meanwhile
                        QList<QualityListModel::Verdicts> shown = QualityListModel::judge(m_profile, *rows);
                        m_model.setRows(std::move(*rows), m_profile, std::move(shown));
                    }
                    Q_EMIT profilesChanged();
                    // Open on the track that most needs attention.
                    if (!m_model.row(m_currentTrackId))
                        m_currentTrackId = m_model.worstTrackId();
                    Q_EMIT currentChanged();
                    loadPicture();
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

void QualityCatalog::refreshTracks(const AffectedTracks &affected)
{
    if (affected.everything) {
        reload();
        return;
    }
    if (++m_pendingLoads == 1)
        Q_EMIT loadingChanged();
    const CatalogStore store = m_store;
    const bool withNames = !m_model.namesFromTable();
    m_thread->post([this, store, affected, withNames] {
        QString error;
        QSqlDatabase db = store.connection(&error);
        auto ids = db.isValid() ? affected.resolve(db, &error) : std::nullopt;
        std::optional<QList<TrackQualityRow>> rows;
        if (ids && ids->isEmpty())
            rows.emplace();
        else if (ids)
            rows = AnalysisRepository::trackRows(db, &error, *ids, withNames);
        QMetaObject::invokeMethod(
            this,
            [this, ids = ids.value_or(QList<qint64>()), rows = std::move(rows), error]() mutable {
                if (!rows) {
                    Q_EMIT errorOccurred(tr("Could not read the audio checks: %1").arg(error));
                } else {
                    // A track that came or went changes the list: read it all.
                    if (rows->size() != ids.size() || !m_model.updateRows(std::move(*rows)))
                        reload();
                    else if (ids.contains(m_currentTrackId))
                        Q_EMIT currentChanged();
                    Q_EMIT tracksRefreshed(ids);
                }
                if (--m_pendingLoads == 0)
                    Q_EMIT loadingChanged();
            },
            Qt::QueuedConnection);
    });
}

const QualityProfile *QualityCatalog::profileByKey(const QString &key) const
{
    for (const QualityProfile &p : m_profiles) {
        if (p.key == key)
            return &p;
    }
    return nullptr;
}

QVariantList QualityCatalog::profileFields(const QString &key) const
{
    const QualityProfile *profile = profileByKey(key);
    if (!profile)
        return {};
    const QualityProfile defaults = QualityProfile::defaultFor(key).value_or(*profile);
    QVariantList fields;
    for (const ProfileField &field : ProfileFields::all())
        fields.append(ProfileFields::describe(field, *profile, defaults));
    return fields;
}

QString QualityCatalog::validateProfileField(
    const QString &key, const QString &field, const QString &text) const
{
    const QualityProfile *profile = profileByKey(key);
    if (!profile)
        return tr("There is no profile “%1”.").arg(key);
    QString error;
    return ProfileFields::withText(*profile, field, text, &error) ? QString() : error;
}

bool QualityCatalog::setProfileField(const QString &key, const QString &field, const QString &text)
{
    const QualityProfile *profile = profileByKey(key);
    QString error;
    const std::optional<QualityProfile> edited
        = profile ? ProfileFields::withText(*profile, field, text, &error) : std::nullopt;
    if (!edited) {
        Q_EMIT errorOccurred(profile ? error : tr("There is no profile “%1”.").arg(key));
        return false;
    }
    if (*edited != *profile)
        changeProfile(*profile, *edited, tr("Profile Change"));
    return true;
}

bool QualityCatalog::resetProfile(const QString &key)
{
    const QualityProfile *profile = profileByKey(key);
    const std::optional<QualityProfile> defaults = QualityProfile::defaultFor(key);
    if (!profile || !defaults)
        return false;
    if (*profile != *defaults)
        changeProfile(*profile, *defaults, tr("Reset Profile"));
    return true;
}

bool QualityCatalog::isProfileDefault(const QString &key) const
{
    const QualityProfile *profile = profileByKey(key);
    return profile && QualityProfile::defaultFor(key) == *profile;
}

namespace
{

QString profileJson(const QualityProfile &profile)
{
    return QString::fromUtf8(QJsonDocument(profile.toJson()).toJson(QJsonDocument::Compact));
}

std::optional<QualityProfile> profileFrom(const QString &json, QString *error)
{
    return QualityProfile::fromJson(QJsonDocument::fromJson(json.toUtf8()).object(), error);
}

} // namespace

void QualityCatalog::changeProfile(
    const QualityProfile &before, const QualityProfile &after, const QString &description)
{
    // before may be the shown profile, which saving changes: the step is taken first.
    const FieldEdit step { 0, historyPrefix + after.key, profileJson(before), profileJson(after),
        description };
    saveChange(before, after);
    m_history->record(step);
}

void QualityCatalog::applyField(const QString &field, const QString &value, const QString &expected)
{
    QString error;
    const std::optional<QualityProfile> after = profileFrom(value, &error);
    const std::optional<QualityProfile> before = after ? profileFrom(expected, &error) : std::nullopt;
    if (!before || historyPrefix + after->key != field || before->key != after->key) {
        Q_EMIT errorOccurred(tr("The profile change cannot be applied: %1").arg(error));
        return;
    }
    saveChange(*before, *after);
}

void QualityCatalog::useMine(const QString &field, const QString &yours, const QString &theirs)
{
    QString error;
    const std::optional<QualityProfile> mine = profileFrom(yours, &error);
    const std::optional<QualityProfile> stored = mine ? profileFrom(theirs, &error) : std::nullopt;
    if (!stored || historyPrefix + mine->key != field) {
        Q_EMIT errorOccurred(tr("The profile change cannot be applied: %1").arg(error));
        return;
    }
    changeProfile(*stored, *mine, tr("Profile Change"));
}

// Shows the change at once (the verdicts are judged again from the stored measurements) and saves
// it behind, over the values it was made on (ProfileChanges::save). Someone else's edit of
// another threshold shows once saved; of the same one, the profile shows theirs, the undo steps
// made on the old value go, and conflictFound asks which to keep.
void QualityCatalog::saveChange(QualityProfile before, QualityProfile after)
{
    showProfile(after);
    ++m_profileEditsPosted[after.key];
    const CatalogStore store = m_store;
    m_thread->post([this, store, before, after] {
        QString error;
        QSqlDatabase db = store.connection(&error);
        ProfileChanges::Saved saved
            = db.isValid() ? ProfileChanges::save(db, before, after) : ProfileChanges::Saved();
        if (!db.isValid())
            saved.error = error;
        QMetaObject::invokeMethod(
            this,
            [this, before, after, saved = std::move(saved)] {
                if (saved.ok) {
                    if (saved.profile != after) {
                        showProfile(saved.profile);
                        Q_EMIT profileEdited(after.key);
                    }
                    return;
                }
                if (!saved.theirs) {
                    Q_EMIT errorOccurred(tr("The profile change was not saved: %1").arg(saved.error));
                    Q_EMIT writeFailed();
                    return;
                }
                showProfile(*saved.theirs);
                Q_EMIT profileEdited(after.key);
                m_history->forget(0, historyPrefix + after.key);
                const QualityProfile yours = ProfileChanges::applied(*saved.theirs, before, after);
                Q_EMIT conflictFound(
                    after.key, profileJson(yours), profileJson(*saved.theirs), saved.conflicting);
            },
            Qt::QueuedConnection);
    });
    Q_EMIT profileEdited(after.key);
}

// A profile edited after a reload was asked for is saved after the reload's read: the profile
// shown is newer than the one read, and stays (the others are taken as read).
void QualityCatalog::keepNewerEdits(
    QList<QualityProfile> &read, const QHash<QString, quint64> &editsBefore) const
{
    for (QualityProfile &profile : read) {
        if (m_profileEditsPosted.value(profile.key) == editsBefore.value(profile.key))
            continue;
        if (const QualityProfile *shown = profileByKey(profile.key))
            profile = *shown;
    }
}

// What the pages show of a profile: its thresholds and the verdicts under it.
void QualityCatalog::showProfile(const QualityProfile &profile)
{
    const auto same = std::find_if(
        m_profiles.begin(), m_profiles.end(), [&](const QualityProfile &p) { return p.key == profile.key; });
    if (same == m_profiles.end() || *same == profile)
        return;
    *same = profile;
    if (m_profile.key == profile.key) {
        m_profile = profile;
        m_model.setProfile(profile);
        Q_EMIT currentChanged();
    }
    Q_EMIT profilesChanged();
}

void QualityCatalog::loadPicture()
{
    const TrackQualityRow *row = m_model.row(m_currentTrackId);
    const qint64 assetId = row && row->facts ? row->assetId : 0;
    if (assetId == 0) {
        m_record.reset();
        updatePicture();
        return;
    }
    const CatalogStore store = m_store;
    const qint64 trackId = m_currentTrackId;
    m_thread->post([this, store, assetId, trackId] {
        QString error;
        auto record = AnalysisRepository::load(store.connection(&error), assetId, &error);
        QMetaObject::invokeMethod(
            this,
            [this, record = std::move(record), trackId]() mutable {
                if (trackId != m_currentTrackId)
                    return;
                m_record = std::move(record);
                m_recordTrackId = trackId;
                updatePicture();
            },
            Qt::QueuedConnection);
    });
}

// Markers depend on the profile's ceiling, so the picture follows profile changes too.
void QualityCatalog::updatePicture()
{
    if (m_record && m_recordTrackId != m_currentTrackId)
        return; // the previous track's picture stays until the new one is read
    QVariantMap picture;
    if (m_record)
        picture = AudioPicture::describe(*m_record, m_profile);
    if (picture == m_picture)
        return;
    m_picture = std::move(picture);
    Q_EMIT currentPictureChanged();
}

QVariantList QualityCatalog::timeTicks(double durationSeconds, int maxTicks) const
{
    QVariantList ticks;
    for (const AudioPicture::Tick &tick : AudioPicture::timeTicks(durationSeconds, maxTicks))
        ticks.append(QVariantMap { { u"value"_s, tick.value }, { u"label"_s, tick.label } });
    return ticks;
}

} // namespace Imprint
