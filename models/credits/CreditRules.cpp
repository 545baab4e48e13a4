// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "CreditRules.h"

#include "identifiers/Ipi.h"
#include "identifiers/Isni.h"
#include "identifiers/Iswc.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Imprint::CreditRules
{

namespace
{

// Text::tr() looks messages up under the context lupdate files them under (a free function
// named tr would be filed under the namespace's name, and found under none at run time).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(CreditRules)
};

QJsonArray parseArray(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).array();
}

QString compact(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

} // namespace

const QStringList &creditRoles()
{
    static const QStringList roles { u"MainArtist"_s, u"FeaturedArtist"_s, u"Producer"_s, u"Composer"_s,
        u"Lyricist"_s, u"Arranger"_s, u"MixingEngineer"_s, u"MasteringEngineer"_s, u"RecordingEngineer"_s,
        u"Vocalist"_s, u"Musician"_s };
    return roles;
}

const QStringList &writerRoles()
{
    static const QStringList roles { u"Composer"_s, u"Lyricist"_s, u"ComposerLyricist"_s, u"Arranger"_s,
        u"Adapter"_s, u"Translator"_s, u"OriginalPublisher"_s, u"SubPublisher"_s };
    return roles;
}

QString roleLabel(const QString &role)
{
    static const QHash<QString, const char *> labels {
        { u"MainArtist"_s, QT_TRANSLATE_NOOP("CreditRules", "Main artist") },
        { u"FeaturedArtist"_s, QT_TRANSLATE_NOOP("CreditRules", "Featured artist") },
        { u"Producer"_s, QT_TRANSLATE_NOOP("CreditRules", "Producer") },
        { u"Composer"_s, QT_TRANSLATE_NOOP("CreditRules", "Composer") },
        { u"Lyricist"_s, QT_TRANSLATE_NOOP("CreditRules", "Lyricist") },
        { u"ComposerLyricist"_s, QT_TRANSLATE_NOOP("CreditRules", "Composer and lyricist") },
        { u"Arranger"_s, QT_TRANSLATE_NOOP("CreditRules", "Arranger") },
        { u"MixingEngineer"_s, QT_TRANSLATE_NOOP("CreditRules", "Mixing engineer") },
        { u"MasteringEngineer"_s, QT_TRANSLATE_NOOP("CreditRules", "Mastering engineer") },
        { u"RecordingEngineer"_s, QT_TRANSLATE_NOOP("CreditRules", "Recording engineer") },
        { u"Vocalist"_s, QT_TRANSLATE_NOOP("CreditRules", "Vocalist") },
        { u"Musician"_s, QT_TRANSLATE_NOOP("CreditRules", "Musician") },
        { u"Adapter"_s, QT_TRANSLATE_NOOP("CreditRules", "Adapter") },
        { u"Translator"_s, QT_TRANSLATE_NOOP("CreditRules", "Translator") },
        { u"OriginalPublisher"_s, QT_TRANSLATE_NOOP("CreditRules", "Original publisher") },
        { u"SubPublisher"_s, QT_TRANSLATE_NOOP("CreditRules", "Sub-publisher") },
    };
    const char *label = labels.value(role);
    return label ? Text::tr(label) : role;
}

const QStringList &partyFields()
{
    static const QStringList fields { u"name"_s, u"sortName"_s, u"isni"_s, u"ipi"_s, u"pro"_s, u"contact"_s };
    return fields;
}

const QStringList &workFields()
{
    static const QStringList fields { u"title"_s, u"iswc"_s };
    return fields;
}

std::optional<QString> normalizedPartyValue(const QString &field, const QString &value, QString *error)
{
    const QString trimmed = value.trimmed();
    if (!partyFields().contains(field)) {
        *error = Text::tr("Unknown party field %1.").arg(field);
        return std::nullopt;
    }
    if (field == u"name" && trimmed.isEmpty()) {
        *error = Text::tr("A party needs a name.");
        return std::nullopt;
    }
    if ((field == u"isni" || field == u"ipi") && !trimmed.isEmpty()) {
        const IdentifierCheck check = field == u"isni" ? Isni::validate(trimmed) : Ipi::validate(trimmed);
        if (!check.valid) {
            *error = check.reason;
            return std::nullopt;
        }
        return check.normalized;
    }
    return trimmed;
}

std::optional<QString> normalizedWorkValue(const QString &field, const QString &value, QString *error)
{
    const QString trimmed = value.trimmed();
    if (field == u"title") {
        if (trimmed.isEmpty()) {
            *error = Text::tr("A work needs a title.");
            return std::nullopt;
        }
        return trimmed;
    }
    if (field == u"iswc") {
        if (trimmed.isEmpty())
            return QString();
        const IdentifierCheck check = Iswc::validate(trimmed);
        if (!check.valid) {
            *error = check.reason;
            return std::nullopt;
        }
        return check.normalized;
    }
    *error = Text::tr("Unknown work field %1.").arg(field);
    return std::nullopt;
}

QString creditProblem(const QList<CreditRow> &credits)
{
    QSet<QString> seen;
    for (const CreditRow &credit : credits) {
        if (credit.partyId <= 0 && credit.partyName.trimmed().isEmpty())
            return Text::tr("Every credit needs a party.");
        if (!creditRoles().contains(credit.role))
            return Text::tr("%1 is not a credit role.").arg(credit.role);
        const QString key
            = u"%1|%2|%3|%4"_s.arg(credit.partyId)
                  .arg(credit.partyId > 0 ? QString() : credit.partyName.trimmed().toCaseFolded(),
                      credit.role, credit.instrument.trimmed().toCaseFolded());
        if (seen.contains(key))
            return Text::tr("%1 is credited as %2 twice.").arg(credit.partyName, credit.role);
        seen.insert(key);
    }
    return {};
}

Splits::Check checkShares(const QList<ShareRow> &shares, bool needRoles)
{
    // A party typed but not saved yet has no id: tell such parties apart by name.
    QHash<QString, qint64> unsaved;
    QList<Splits::Share> plain;
    plain.reserve(shares.size());
    for (const ShareRow &share : shares) {
        qint64 key = share.partyId;
        if (key <= 0) {
            const QString name = share.partyName.trimmed().toCaseFolded();
            key = unsaved.value(name, -(unsaved.size() + 1));
            unsaved.insert(name, key);
        }
        plain.append({ key, share.partyName, share.basisPoints });
    }
    Splits::Check result = Splits::check(plain);
    for (const ShareRow &share : shares) {
        if (share.partyId <= 0 && share.partyName.trimmed().isEmpty()) {
            result.complete = false;
            // Not Text::tr(): lupdate files it under "Text" in a function returning Splits::Check.
            result.problem = QCoreApplication::translate("CreditRules", "Every share needs a party.");
            break;
        }
        if (needRoles && !writerRoles().contains(share.role)) {
            result.complete = false;
            result.problem
                = QCoreApplication::translate("CreditRules", "Pick a role for %1.").arg(share.partyName);
            break;
        }
    }
    return result;
}

QString toText(const QList<CreditRow> &credits)
{
    QJsonArray array;
    for (const CreditRow &c : credits)
        array.append(QJsonObject { { u"party"_s, c.partyId }, { u"name"_s, c.partyName },
            { u"role"_s, c.role }, { u"instrument"_s, c.instrument }, { u"ai"_s, c.aiUsed } });
    return compact(array);
}

QString toText(const QList<ShareRow> &shares)
{
    QJsonArray array;
    for (const ShareRow &s : shares)
        array.append(QJsonObject { { u"party"_s, s.partyId }, { u"name"_s, s.partyName },
            { u"role"_s, s.role }, { u"bp"_s, s.basisPoints } });
    return compact(array);
}

QList<CreditRow> creditsFromText(const QString &text)
{
    QList<CreditRow> out;
    for (const QJsonValue &value : parseArray(text)) {
        const QJsonObject o = value.toObject();
        out.append({ o.value(u"party").toInteger(), o.value(u"name").toString(), o.value(u"role").toString(),
            o.value(u"instrument").toString(), o.value(u"ai").toBool() });
    }
    return out;
}

QList<ShareRow> sharesFromText(const QString &text)
{
    QList<ShareRow> out;
    for (const QJsonValue &value : parseArray(text)) {
        const QJsonObject o = value.toObject();
        out.append({ o.value(u"party").toInteger(), o.value(u"name").toString(), o.value(u"role").toString(),
            o.value(u"bp").toInt() });
    }
    return out;
}

} // namespace Imprint::CreditRules
