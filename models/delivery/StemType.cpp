// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "StemType.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace Imprint::StemType
{

namespace
{

// Words as they appear in stem names, lower case. Abbreviations are the ones studios and AI
// tools actually write (vox, bv/bgv for backing vocals, gtr, pno, sfx).
const QHash<QString, QString> &words()
{
    static const QHash<QString, QString> table = [] {
        QHash<QString, QString> t;
        const auto add = [&t](const QString &type, std::initializer_list<const char16_t *> list) {
            for (const char16_t *word : list)
                t.insert(QString::fromUtf16(word), type);
        };
        add(u"vocals"_s,
            { u"vocal", u"vocals", u"vox", u"voc", u"vocs", u"voice", u"voices", u"bv", u"bvs", u"bgv",
                u"bgvs", u"backing", u"backings", u"choir", u"harmony", u"harmonies", u"adlib", u"adlibs",
                u"acapella", u"singer", u"sing", u"rap", u"leadvox", u"leadvocal" });
        add(u"drums"_s,
            { u"drum", u"drums", u"drm", u"kick", u"kicks", u"snare", u"snares", u"hat", u"hats", u"hihat",
                u"hihats", u"perc", u"percs", u"percussion", u"cymbal", u"cymbals", u"tom", u"toms",
                u"overhead", u"overheads", u"beat", u"beats", u"clap", u"claps", u"shaker", u"breakbeat" });
        add(u"bass"_s, { u"bass", u"basses", u"bassline", u"sub", u"subbass", u"808" });
        add(u"guitar"_s, { u"guitar", u"guitars", u"gtr", u"gtrs", u"gt" });
        add(u"keys"_s,
            { u"keys", u"keyboard", u"keyboards", u"piano", u"pianos", u"pno", u"epiano", u"rhodes", u"wurli",
                u"organ", u"synth", u"synths", u"pad", u"pads", u"arp", u"arps", u"mellotron" });
        add(u"fx"_s,
            { u"fx", u"sfx", u"effect", u"effects", u"riser", u"risers", u"impact", u"impacts", u"sweep",
                u"sweeps", u"ambience", u"atmos", u"atmosphere", u"foley", u"noise", u"whoosh",
                u"transition" });
        // Words that would otherwise read as a type inside a longer word ("bassoon" is no bass).
        add(u"other"_s, { u"bassoon", u"bassoons" });
        return t;
    }();
    return table;
}

// Splits a name into lower-case words: separators, camel case ("LeadVox") and letter/digit
// boundaries ("Drums01").
QStringList wordsOf(QStringView name)
{
    QStringList result;
    QString current;
    const auto flush = [&] {
        if (!current.isEmpty())
            result.append(current.toLower());
        current.clear();
    };
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (!c.isLetterOrNumber()) {
            flush();
            continue;
        }
        if (!current.isEmpty()) {
            const QChar previous = current.back();
            const bool camel = c.isUpper() && previous.isLower();
            // "BVs": an upper-case run followed by a lower-case letter keeps the last capital with
            // the lower-case letters only when the run is longer than one ("SYNTHBass" → synth bass).
            const bool acronymEnd = c.isLower() && previous.isUpper() && current.size() > 1
                && current.at(current.size() - 2).isUpper() && c != u's';
            const bool digitBoundary = c.isDigit() != previous.isDigit();
            if (acronymEnd) {
                current.chop(1);
                flush();
                current.append(previous);
            } else if (camel || digitBoundary) {
                flush();
            }
        }
        current.append(c);
    }
    flush();
    return result;
}

QString typeOfWords(const QStringList &list)
{
    // "lead" alone is a lead vocal in a stem pack, but "Lead Guitar"/"Lead Synth" name their
    // instrument, so it only counts when no other word does.
    bool lead = false;
    for (auto it = list.crbegin(); it != list.crend(); ++it) {
        const auto found = words().constFind(*it);
        if (found != words().constEnd())
            return found.value();
        lead = lead || *it == u"lead" || *it == u"main";
    }
    // Word pairs written as one token: "LEADVOX" has no case boundary.
    for (const QString &word : list) {
        for (const QString &type :
            { u"vocal"_s, u"vox"_s, u"drum"_s, u"bass"_s, u"guitar"_s, u"piano"_s, u"synth"_s }) {
            if (word.size() > type.size() + 1 && (word.endsWith(type) || word.startsWith(type)))
                return words().value(type);
        }
    }
    return lead ? u"vocals"_s : QString();
}

} // namespace

QStringList all()
{
    return { u"vocals"_s, u"drums"_s, u"bass"_s, u"guitar"_s, u"keys"_s, u"fx"_s, u"other"_s };
}

QString stemTypeForName(const QString &path)
{
    QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return u"other"_s;
    QString file = parts.takeLast();
    if (const qsizetype dot = file.lastIndexOf(u'.'); dot > 0)
        file.truncate(dot);
    const QString type = typeOfWords(wordsOf(file));
    if (!type.isEmpty())
        return type;
    for (auto it = parts.crbegin(); it != parts.crend(); ++it) {
        const QString folderType = typeOfWords(wordsOf(*it));
        if (!folderType.isEmpty())
            return folderType;
    }
    return u"other"_s;
}

} // namespace Imprint::StemType
