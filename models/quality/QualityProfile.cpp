// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "QualityProfile.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Imprint
{

namespace
{

// Every optional threshold by its JSON name, so reading and writing cannot drift apart.
template<typename Visitor>
void visitNumbers(QualityProfile &p, Visitor &&visit)
{
    visit(u"minSampleRate"_s, p.minSampleRate);
    visit(u"exactSampleRate"_s, p.exactSampleRate);
    visit(u"minBitDepth"_s, p.minBitDepth);
    visit(u"exactBitDepth"_s, p.exactBitDepth);
    visit(u"exactChannels"_s, p.exactChannels);
    visit(u"minDurationSeconds"_s, p.minDurationSeconds);
    visit(u"maxLeadingSilenceSeconds"_s, p.maxLeadingSilenceSeconds);
    visit(u"targetLufs"_s, p.targetLufs);
    visit(u"maxTruePeakDbtp"_s, p.maxTruePeakDbtp);
    visit(u"warnTruePeakDbtp"_s, p.warnTruePeakDbtp);
    visit(u"loudTruePeakDbtp"_s, p.loudTruePeakDbtp);
    visit(u"loudAboveLufs"_s, p.loudAboveLufs);
    visit(u"warnTrailingSilenceSeconds"_s, p.warnTrailingSilenceSeconds);
    visit(u"warnMinLufs"_s, p.warnMinLufs);
    visit(u"warnMaxLufs"_s, p.warnMaxLufs);
    visit(u"warnLraLu"_s, p.warnLraLu);
    visit(u"referenceLufs"_s, p.referenceLufs);
    visit(u"quietBelowLufs"_s, p.quietBelowLufs);
}

// Text::tr() looks messages up under the context lupdate files them under (a free function
// named tr would be filed under the namespace's name, and found under none at run time).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(QualityProfile)
};

} // namespace

QJsonObject QualityProfile::toJson() const
{
    QJsonObject json { { u"key"_s, key }, { u"name"_s, name },
        { u"containers"_s, QJsonArray::fromStringList(containers) }, { u"failOnClipping"_s, failOnClipping },
        { u"targetToleranceLu"_s, targetToleranceLu }, { u"warnMissingVersions"_s, warnMissingVersions },
        { u"stemLengthToleranceMs"_s, stemLengthToleranceMs }, { u"maxStemResidualDb"_s, maxStemResidualDb },
        { u"cutdownToleranceMs"_s, cutdownToleranceMs }, { u"stemsInVerdict"_s, stemsInVerdict } };
    QualityProfile copy = *this;
    visitNumbers(copy, [&json](const QString &field, auto &value) {
        if (value)
            json.insert(field, double(*value));
    });
    return json;
}

std::optional<QualityProfile> QualityProfile::fromJson(const QJsonObject &json, QString *error)
{
    QualityProfile p;
    p.key = json.value(u"key"_s).toString().trimmed();
    p.name = json.value(u"name"_s).toString().trimmed();
    if (p.key.isEmpty() || p.name.isEmpty()) {
        if (error)
            *error = Text::tr("a profile needs a key and a name");
        return std::nullopt;
    }
    for (const QJsonValue &value : json.value(u"containers"_s).toArray())
        p.containers.append(value.toString().toUpper());
    p.failOnClipping = json.value(u"failOnClipping"_s).toBool();
    p.warnMissingVersions = json.value(u"warnMissingVersions"_s).toBool();
    p.targetToleranceLu = json.value(u"targetToleranceLu"_s).toDouble(1.0);
    // Profiles stored before the stem checks existed take the defaults of their key.
    const QualityProfile base = defaultFor(p.key).value_or(QualityProfile());
    p.stemLengthToleranceMs = json.value(u"stemLengthToleranceMs"_s).toDouble(base.stemLengthToleranceMs);
    p.maxStemResidualDb = json.value(u"maxStemResidualDb"_s).toDouble(base.maxStemResidualDb);
    p.cutdownToleranceMs = json.value(u"cutdownToleranceMs"_s).toDouble(base.cutdownToleranceMs);
    p.stemsInVerdict = json.value(u"stemsInVerdict"_s).toBool(base.stemsInVerdict);
    bool ok = true;
    QString bad;
    visitNumbers(p, [&](const QString &name, auto &value) {
        const QJsonValue v = json.value(name);
        if (v.isUndefined() || v.isNull())
            return;
        if (!v.isDouble()) {
            ok = false;
            bad = name;
            return;
        }
        value = typename std::remove_reference_t<decltype(value)>::value_type(v.toDouble());
    });
    if (ok && p.targetToleranceLu < 0)
        bad = u"targetToleranceLu"_s;
    else if (ok && (p.stemLengthToleranceMs < 0 || p.cutdownToleranceMs < 0))
        bad = p.stemLengthToleranceMs < 0 ? u"stemLengthToleranceMs"_s : u"cutdownToleranceMs"_s;
    if (!ok || !bad.isEmpty()) {
        if (error)
            *error = Text::tr("profile %1: %2 is not a valid number").arg(p.key, bad);
        return std::nullopt;
    }
    return p;
}

QList<QualityProfile> QualityProfile::defaults()
{
    const QStringList lossless { u"WAV"_s, u"FLAC"_s, u"AIFF"_s };

    QualityProfile streaming;
    streaming.key = u"streaming"_s;
    streaming.name = Text::tr("Streaming");
    streaming.containers = lossless;
    streaming.minSampleRate = 44100;
    streaming.minBitDepth = 16;
    streaming.exactChannels = 2;
    streaming.minDurationSeconds = 30;
    streaming.failOnClipping = true;
    streaming.warnTruePeakDbtp = -1;
    streaming.loudTruePeakDbtp = -2;
    streaming.loudAboveLufs = -14;
    streaming.warnTrailingSilenceSeconds = 10;
    streaming.referenceLufs = -14;
    streaming.quietBelowLufs = -20;

    QualityProfile sync;
    sync.key = u"sync"_s;
    sync.name = Text::tr("Sync library");
    sync.containers = { u"WAV"_s };
    sync.exactSampleRate = 48000;
    sync.exactBitDepth = 24;
    sync.maxLeadingSilenceSeconds = 0.050;
    sync.failOnClipping = true;
    sync.warnTruePeakDbtp = -1;
    sync.warnMissingVersions = true;
    sync.stemsInVerdict = true;

    QualityProfile broadcast;
    broadcast.key = u"broadcast"_s;
    broadcast.name = Text::tr("Broadcast (R128)");
    broadcast.targetLufs = -23;
    broadcast.targetToleranceLu = 1;
    broadcast.maxTruePeakDbtp = -1;
    broadcast.warnLraLu = 20;

    QualityProfile content;
    content.key = u"content"_s;
    content.name = Text::tr("Content creation");
    content.warnTruePeakDbtp = -1;
    content.warnMinLufs = -16;
    content.warnMaxLufs = -10;

    return { streaming, sync, broadcast, content };
}

std::optional<QualityProfile> QualityProfile::defaultFor(const QString &key)
{
    for (const QualityProfile &profile : defaults()) {
        if (profile.key == key)
            return profile;
    }
    return std::nullopt;
}

QByteArray QualityProfile::toJsonDocument(const QList<QualityProfile> &profiles)
{
    QJsonArray array;
    for (const QualityProfile &profile : profiles)
        array.append(profile.toJson());
    return QJsonDocument(QJsonObject { { u"version"_s, 1 }, { u"profiles"_s, array } })
        .toJson(QJsonDocument::Compact);
}

std::optional<QList<QualityProfile>> QualityProfile::fromJsonDocument(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject() || document.object().value(u"version"_s).toInt() != 1) {
        if (error)
            *error = document.isObject() ? Text::tr("unknown profile set version") : parseError.errorString();
        return std::nullopt;
    }
    QList<QualityProfile> profiles;
    for (const QJsonValue &value : document.object().value(u"profiles"_s).toArray()) {
        std::optional<QualityProfile> profile = fromJson(value.toObject(), error);
        if (!profile)
            return std::nullopt;
        profiles.append(*profile);
    }
    return profiles;
}

std::optional<double> QualityProfile::truePeakWarnLimit(double integratedLufs) const
{
    if (warnTruePeakDbtp && loudTruePeakDbtp && loudAboveLufs && integratedLufs > *loudAboveLufs)
        return std::min(*warnTruePeakDbtp, *loudTruePeakDbtp);
    return warnTruePeakDbtp;
}

std::optional<double> QualityProfile::truePeakCeiling(double integratedLufs) const
{
    const std::optional<double> warn = truePeakWarnLimit(integratedLufs);
    if (maxTruePeakDbtp && warn)
        return std::min(*maxTruePeakDbtp, *warn);
    return maxTruePeakDbtp ? maxTruePeakDbtp : warn;
}

} // namespace Imprint
