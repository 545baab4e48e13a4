// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "DeliveryMetadata.h"

#include "delivery/AiDisclosure.h"
#include "exchange/Csv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Imprint::Delivery
{

namespace
{

QJsonObject share(const QString &party, int basisPoints)
{
    return { { u"party"_s, party }, { u"basisPoints"_s, basisPoints },
        { u"percent"_s, basisPoints / 100.0 } };
}

// Credits, the work with its writers' and publishers' shares, master ownership and the AI
// disclosure: what a distributor's forms ask per track.
void addRights(QJsonObject &object, const DeliveryTrack &track)
{
    QJsonArray credits;
    for (const DeliveryCredit &credit : track.credits)
        credits.append(QJsonObject { { u"party"_s, credit.party }, { u"role"_s, credit.role },
            { u"instrument"_s, credit.instrument }, { u"aiUsed"_s, credit.aiUsed } });
    object.insert(u"credits"_s, credits);

    const TrackFacts *facts = track.facts ? &*track.facts : nullptr;
    if (facts && facts->hasWork) {
        QJsonArray writers, publishers;
        for (const WorkShareFact &s : facts->workShares) {
            QJsonObject entry = share(s.partyName, s.basisPoints);
            entry.insert(u"role"_s, s.role);
            entry.insert(u"pro"_s, s.pro);
            entry.insert(u"ipi"_s, s.ipi);
            (s.role.endsWith(u"Publisher") ? publishers : writers).append(entry);
        }
        object.insert(u"work"_s,
            QJsonObject { { u"title"_s, facts->workTitle }, { u"iswc"_s, track.iswc },
                { u"writers"_s, writers }, { u"publishers"_s, publishers } });
    } else {
        object.insert(u"work"_s, QJsonValue());
    }
    QJsonArray owners;
    if (facts) {
        for (const Splits::Share &s : facts->masterShares)
            owners.append(share(s.partyName, s.basisPoints));
    }
    object.insert(u"masterOwnership"_s, owners);
    object.insert(u"aiDisclosure"_s,
        toJson(discloseAi(facts ? facts->provenance.toOptional() : std::nullopt,
            facts ? facts->contributions : QList<ContributionFact>(), track.credits, track.hasVocals)));
}

} // namespace

QJsonObject toJson(const PreflightIssue &issue)
{
    return { { u"level"_s, levelKey(issue.level) }, { u"ruleId"_s, issue.ruleId },
        { u"trackId"_s, issue.trackId }, { u"subject"_s, issue.subject }, { u"message"_s, issue.message },
        { u"fix"_s, issue.fix } };
}

std::optional<PreflightIssue> issueFromJson(const QJsonObject &object)
{
    const auto level = levelFromKey(object.value(u"level"_s).toString());
    if (!level)
        return std::nullopt;
    return PreflightIssue { *level, object.value(u"ruleId"_s).toString(),
        object.value(u"trackId"_s).toInteger(), object.value(u"subject"_s).toString(),
        object.value(u"message"_s).toString(), object.value(u"fix"_s).toString() };
}

QByteArray metadataJson(const DeliveryRelease &release, const DeliveryProfile &profile,
    const QList<PreflightIssue> &recorded, const QList<PlannedFile> &files)
{
    const ReleaseRow &r = release.release;
    QJsonArray tracks;
    for (const DeliveryTrack &track : release.tracks) {
        QJsonArray trackFiles;
        QJsonArray stems;
        for (const PlannedFile &file : files) {
            if (file.trackId != track.id)
                continue;
            trackFiles.append(file.archivePath);
            if (!file.stemType.isEmpty())
                stems.append(QJsonObject { { u"file"_s, file.archivePath }, { u"type"_s, file.stemType } });
        }
        QJsonObject object { { u"disc"_s, track.disc }, { u"number"_s, track.number },
            { u"title"_s, track.title }, { u"version"_s, track.version }, { u"artist"_s, track.artist },
            { u"isrc"_s, track.isrc }, { u"durationMs"_s, track.durationMs }, { u"genre"_s, track.genre },
            { u"files"_s, trackFiles } };
        addRights(object, track);
        if (profile.stems)
            object.insert(u"stems"_s, stems);
        if (profile.cueSheet) {
            object.insert(u"bpm"_s, track.bpm);
            object.insert(u"key"_s, track.key);
            object.insert(u"mood"_s, track.mood);
            object.insert(
                u"hasVocals"_s, track.hasVocals < 0 ? QJsonValue() : QJsonValue(track.hasVocals == 1));
        }
        tracks.append(object);
    }
    QJsonArray issues;
    for (const PreflightIssue &issue : recorded)
        issues.append(toJson(issue));
    const QJsonObject object { { u"profile"_s, profile.key },
        { u"release"_s,
            QJsonObject { { u"title"_s, r.title }, { u"type"_s, r.type }, { u"artist"_s, r.artist },
                { u"label"_s, r.label }, { u"catalogNumber"_s, r.catalogNumber }, { u"upc"_s, r.upc },
                { u"releaseDate"_s, r.releaseDate.toString(Qt::ISODate) }, { u"genre"_s, r.genre },
                { u"language"_s, r.language }, { u"pLine"_s, r.pLine }, { u"cLine"_s, r.cLine },
                { u"explicit"_s,
                    r.explicitContent < 0 ? QJsonValue() : QJsonValue(r.explicitContent == 1) } } },
        { u"tracks"_s, tracks }, { u"preflight"_s, issues },
        { u"forced"_s, hasLevel(recorded, IssueLevel::Blocker) } };
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

QByteArray metadataCsv(const DeliveryRelease &release, const DeliveryProfile &profile)
{
    QStringList header { u"disc"_s, u"track"_s, u"title"_s, u"version"_s, u"artist"_s, u"isrc"_s,
        u"duration_ms"_s, u"genre"_s, u"release"_s, u"upc"_s, u"label"_s, u"release_date"_s };
    if (profile.cueSheet)
        header += { u"bpm"_s, u"key"_s, u"mood"_s, u"has_vocals"_s };
    QString text = header.join(u',') + u"\r\n"_s;
    const ReleaseRow &r = release.release;
    for (const DeliveryTrack &t : release.tracks) {
        QStringList row { QString::number(t.disc), QString::number(t.number), t.title, t.version, t.artist,
            t.isrc, QString::number(t.durationMs), t.genre, r.title, r.upc, r.label,
            r.releaseDate.toString(Qt::ISODate) };
        if (profile.cueSheet)
            row += { t.bpm > 0 ? QString::number(t.bpm) : QString(), t.key, t.mood,
                t.hasVocals < 0 ? QString() : (t.hasVocals ? u"yes"_s : u"no"_s) };
        // Csv::line guards a title like =HYPERLINK(…) so a spreadsheet shows it instead of running it.
        text += Csv::line(row) + u"\r\n"_s;
    }
    return text.toUtf8();
}

} // namespace Imprint::Delivery
