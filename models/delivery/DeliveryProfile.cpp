// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "DeliveryProfile.h"

#include <QCoreApplication>
#include <QFileInfo>
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

} // namespace

const QList<DeliveryProfile> &profiles()
{
    static const QList<DeliveryProfile> list {
        { u"distributor"_s, QCoreApplication::translate("Delivery", "Distributor"), true, false, false, false,
            false, false, true, true, 3000, 0, 0, u"streaming"_s, { u"content"_s, u"streaming"_s },
            u"delivery"_s },
        { u"sync"_s, QCoreApplication::translate("Delivery", "Sync library"), true, true, true, true, true,
            true, false, true, 0, 48000, 24, u"sync"_s, { u"content"_s, u"streaming"_s, u"sync"_s }, {} },
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

} // namespace Imprint::Delivery
