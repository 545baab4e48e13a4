// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "DeliveryProfile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Imprint::Delivery
{

namespace
{

// File names travel through Windows and old FTP servers: no separators or reserved characters.
QString safeName(QString text)
{
    for (QChar &c : text) {
        if (c.unicode() < 0x20 || QStringView(u"/\\:*?\"<>|").contains(c))
            c = u'_';
    }
    text = text.trimmed();
    while (text.endsWith(u'.'))
        text.chop(1);
    return text.isEmpty() ? u"_"_s : text;
}

QString position(const DeliveryTrack &track)
{
    return u"%1-%2"_s.arg(track.disc).arg(track.number, 2, 10, QChar(u'0'));
}

QString suffixOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix.isEmpty() ? QString() : u"."_s + suffix;
}

QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n'))
        return text;
    return u"\""_s + QString(text).replace(u"\""_s, u"\"\""_s) + u"\""_s;
}

} // namespace

const QList<DeliveryProfile> &profiles()
{
    static const QList<DeliveryProfile> list {
        { u"distributor"_s, QCoreApplication::translate("Delivery", "Distributor"), true, false, false, false,
            false, false, true, true, 3000, 0, 0 },
        { u"sync"_s, QCoreApplication::translate("Delivery", "Sync library"), true, true, true, true, true,
            true, false, true, 0, 48000, 24 },
    };
    return list;
}

std::optional<DeliveryProfile> profile(const QString &key)
{
    for (const DeliveryProfile &candidate : profiles()) {
        if (candidate.key == key)
            return candidate;
    }
    return std::nullopt;
}

QStringList requirements(const DeliveryProfile &profile)
{
    QStringList lines;
    lines.append(profile.sampleRate > 0 && profile.bitDepth > 0
            ? QCoreApplication::translate("Delivery", "Tagged copies of the masters, %1 kHz/%2-bit")
                  .arg(QLocale().toString(profile.sampleRate / 1000.0))
                  .arg(profile.bitDepth)
            : QCoreApplication::translate("Delivery", "Tagged copies of the masters"));
    if (profile.requireIsrc)
        lines.append(QCoreApplication::translate("Delivery", "An ISRC for every track"));
    if (profile.requireUpc)
        lines.append(QCoreApplication::translate("Delivery", "A UPC/EAN for the release"));
    if (profile.artwork)
        lines.append(profile.minArtworkPixels > 0
                ? QCoreApplication::translate("Delivery", "Artwork, at least %1×%1 px")
                      .arg(profile.minArtworkPixels)
                : QCoreApplication::translate("Delivery", "Artwork"));
    if (profile.instrumentals)
        lines.append(QCoreApplication::translate("Delivery", "An instrumental of every track with vocals"));
    if (profile.stems)
        lines.append(QCoreApplication::translate("Delivery", "Stems of every track"));
    if (profile.cutDowns)
        lines.append(QCoreApplication::translate("Delivery", "30 s and 60 s cut-downs"));
    if (profile.documents)
        lines.append(
            QCoreApplication::translate("Delivery", "Licences, split sheets and provenance documents"));
    lines.append(profile.cueSheet ? QCoreApplication::translate("Delivery",
                                        "Metadata as JSON and a cue sheet (CSV with BPM, key, mood)")
                                  : QCoreApplication::translate("Delivery", "Metadata as JSON and CSV"));
    lines.append(QCoreApplication::translate("Delivery", "A SHA-256 manifest, verified after writing"));
    return lines;
}

QList<DeliveryAsset> DeliveryRelease::assetsOf(qint64 trackId, const QString &kind) const
{
    QList<DeliveryAsset> found;
    for (const DeliveryAsset &asset : assets) {
        if (asset.trackId == trackId && asset.kind == kind)
            found.append(asset);
    }
    return found;
}

QList<PreflightIssue> preflight(const DeliveryRelease &release, const DeliveryProfile &profile)
{
    QList<PreflightIssue> issues;
    const QString releaseSubject = QCoreApplication::translate("Delivery", "release");
    if (release.tracks.isEmpty())
        issues.append({ true, releaseSubject, QCoreApplication::translate("Delivery", "has no tracks") });
    if (profile.requireUpc && release.release.upc.isEmpty())
        issues.append({ false, releaseSubject, QCoreApplication::translate("Delivery", "no UPC/EAN") });
    if (profile.artwork) {
        const QList<DeliveryAsset> art = release.assetsOf(0, u"artwork"_s);
        if (art.isEmpty())
            issues.append({ false, releaseSubject, QCoreApplication::translate("Delivery", "no artwork") });
        else if (profile.minArtworkPixels > 0
            && (art.first().width < profile.minArtworkPixels
                || art.first().height < profile.minArtworkPixels))
            issues.append({ false, releaseSubject,
                QCoreApplication::translate("Delivery", "artwork is %1×%2 px; at least %3×%3 px needed")
                    .arg(art.first().width)
                    .arg(art.first().height)
                    .arg(profile.minArtworkPixels) });
    }
    for (const DeliveryTrack &track : release.tracks) {
        const QString subject = track.title;
        const QList<DeliveryAsset> masters = release.assetsOf(track.id, u"master"_s);
        if (masters.isEmpty()) {
            issues.append({ true, subject, QCoreApplication::translate("Delivery", "no master file") });
            continue;
        }
        if (profile.requireIsrc && track.isrc.isEmpty())
            issues.append({ false, subject, QCoreApplication::translate("Delivery", "no ISRC") });
        const DeliveryAsset &master = masters.first();
        if (profile.sampleRate > 0 && master.sampleRate != profile.sampleRate)
            issues.append({ false, subject,
                QCoreApplication::translate("Delivery", "master is %1 Hz; the profile asks for %2 Hz")
                    .arg(master.sampleRate)
                    .arg(profile.sampleRate) });
        if (profile.bitDepth > 0 && master.bitDepth != profile.bitDepth)
            issues.append({ false, subject,
                QCoreApplication::translate("Delivery", "master is %1-bit; the profile asks for %2-bit")
                    .arg(master.bitDepth)
                    .arg(profile.bitDepth) });
        if (profile.instrumentals && track.hasVocals != 0
            && release.assetsOf(track.id, u"instrumental"_s).isEmpty())
            issues.append({ false, subject, QCoreApplication::translate("Delivery", "no instrumental") });
        if (profile.stems && release.assetsOf(track.id, u"stem"_s).isEmpty())
            issues.append({ false, subject, QCoreApplication::translate("Delivery", "no stems") });
        if (profile.cutDowns && release.assetsOf(track.id, u"cutdown"_s).isEmpty())
            issues.append(
                { false, subject, QCoreApplication::translate("Delivery", "no 30 s/60 s cut-downs") });
    }
    return issues;
}

QList<PlannedFile> plan(const DeliveryRelease &release, const DeliveryProfile &profile)
{
    QList<PlannedFile> files;
    QSet<QString> names;
    const auto add = [&](const DeliveryAsset &asset, QString archivePath, bool tag) {
        // Two files may clean up to the same name; number the later ones.
        const QString base = archivePath;
        for (int n = 2; names.contains(archivePath); ++n) {
            const QString suffix = suffixOf(base);
            archivePath = base.chopped(suffix.size()) + u" (%1)"_s.arg(n) + suffix;
        }
        names.insert(archivePath);
        files.append({ asset.relPath, archivePath, asset.trackId, tag, {} });
    };
    for (const DeliveryTrack &track : release.tracks) {
        const QString title = safeName(track.title);
        const QString pos = position(track);
        const QList<DeliveryAsset> masters = release.assetsOf(track.id, u"master"_s);
        if (!masters.isEmpty()) {
            const QString version
                = track.version.isEmpty() ? QString() : u" (%1)"_s.arg(safeName(track.version));
            add(masters.first(),
                u"Masters/%1 %2 - %3%4%5"_s.arg(
                    pos, safeName(track.artist), title, version, suffixOf(masters.first().relPath)),
                true);
        }
        if (profile.instrumentals) {
            for (const DeliveryAsset &asset : release.assetsOf(track.id, u"instrumental"_s))
                add(asset, u"Instrumentals/%1 %2 (Instrumental)%3"_s.arg(pos, title, suffixOf(asset.relPath)),
                    false);
        }
        if (profile.stems) {
            for (const DeliveryAsset &asset : release.assetsOf(track.id, u"stem"_s)) {
                // The type first, so a library sorts stems by it, then the name the creator gave
                // ("vocals - 02 BVs") unless it says no more than the type ("drums").
                const QString base = QFileInfo(asset.relPath).completeBaseName();
                const QString name
                    = asset.stemType.isEmpty() || base.compare(asset.stemType, Qt::CaseInsensitive) == 0
                    ? (asset.stemType.isEmpty() ? base : asset.stemType)
                    : u"%1 - %2"_s.arg(asset.stemType, base);
                add(asset, u"Stems/%1 %2/%3%4"_s.arg(pos, title, safeName(name), suffixOf(asset.relPath)),
                    false);
                files.last().stemType = asset.stemType;
            }
        }
        if (profile.cutDowns) {
            for (const DeliveryAsset &asset : release.assetsOf(track.id, u"cutdown"_s))
                add(asset,
                    u"CutDowns/%1 %2 (%3)"_s.arg(pos, title, safeName(QFileInfo(asset.relPath).fileName())),
                    false);
        }
    }
    if (profile.artwork) {
        const QList<DeliveryAsset> art = release.assetsOf(0, u"artwork"_s);
        if (!art.isEmpty())
            add(art.first(), u"Artwork/cover"_s + suffixOf(art.first().relPath), false);
    }
    if (profile.documents) {
        for (const DeliveryAsset &asset : release.assets) {
            if (asset.kind == u"document")
                add(asset, u"Documents/"_s + safeName(QFileInfo(asset.relPath).fileName()), false);
        }
    }
    return files;
}

QString safeFileName(const QString &text)
{
    return safeName(text);
}

QByteArray metadataJson(const DeliveryRelease &release, const DeliveryProfile &profile,
    const QList<PreflightIssue> &warnings, const QList<PlannedFile> &files)
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
    QJsonArray warningList;
    for (const PreflightIssue &issue : warnings)
        warningList.append(QJsonObject { { u"subject"_s, issue.subject }, { u"message"_s, issue.message } });
    const QJsonObject object { { u"profile"_s, profile.key },
        { u"release"_s,
            QJsonObject { { u"title"_s, r.title }, { u"type"_s, r.type }, { u"artist"_s, r.artist },
                { u"label"_s, r.label }, { u"catalogNumber"_s, r.catalogNumber }, { u"upc"_s, r.upc },
                { u"releaseDate"_s, r.releaseDate.toString(Qt::ISODate) }, { u"genre"_s, r.genre },
                { u"language"_s, r.language }, { u"pLine"_s, r.pLine }, { u"cLine"_s, r.cLine },
                { u"explicit"_s,
                    r.explicitContent < 0 ? QJsonValue() : QJsonValue(r.explicitContent == 1) } } },
        { u"tracks"_s, tracks }, { u"warnings"_s, warningList } };
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
        for (QString &field : row)
            field = csvField(field);
        text += row.join(u',') + u"\r\n"_s;
    }
    return text.toUtf8();
}

} // namespace Imprint::Delivery
