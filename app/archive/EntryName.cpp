// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "EntryName.h"

#include <QCoreApplication>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace Imprint::Archive
{

QString unsafeNameReason(const QString &name)
{
    if (name.isEmpty())
        return QCoreApplication::translate("Archive", "empty name");
    // Sizes first, so that nothing below ever works on a name of hostile length.
    if (name.size() > MaxNameBytes || name.toUtf8().size() > MaxNameBytes)
        return QCoreApplication::translate("Archive", "path longer than %1 bytes").arg(MaxNameBytes);
    if (name.count(u'/') - (name.endsWith(u'/') ? 1 : 0) >= MaxNameDepth)
        return QCoreApplication::translate("Archive", "path deeper than %1 levels").arg(MaxNameDepth);
    for (const QChar c : name) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return QCoreApplication::translate("Archive", "control character in name");
    }
    // Windows tools write backslashes; on Linux they would be part of a file name, on Windows a
    // separator, so the same archive would unpack differently. Refuse rather than guess.
    if (name.contains(u'\\'))
        return QCoreApplication::translate("Archive", "backslash in name");
    if (name.startsWith(u'/'))
        return QCoreApplication::translate("Archive", "absolute path");
    if (name.size() >= 2 && name.at(1) == u':' && name.at(0).isLetter())
        return QCoreApplication::translate("Archive", "absolute path (drive letter)");
    QString path = name;
    if (path.endsWith(u'/'))
        path.chop(1);
    const QStringList parts = path.split(u'/');
    for (const QString &part : parts) {
        if (part == u"..")
            return QCoreApplication::translate("Archive", "'..' component");
        if (part == u".")
            return QCoreApplication::translate("Archive", "'.' component");
        if (part.isEmpty())
            return QCoreApplication::translate("Archive", "empty path component");
    }
    return {};
}

QString withoutLeadingDot(const QString &name)
{
    QStringView rest(name);
    while (rest.startsWith(u"./"))
        rest = rest.sliced(2);
    return rest == u"." ? QString() : rest.toString();
}

QString shownName(const QString &name)
{
    constexpr qsizetype Shown = 120;
    if (name.size() <= Shown)
        return name;
    return QCoreApplication::translate("Archive", "%1… (%2 characters)")
        .arg(name.left(Shown))
        .arg(name.size());
}

bool linkStaysInside(const QString &linkName, const QString &target)
{
    if (target.isEmpty() || target.startsWith(u'/') || target.contains(u'\\'))
        return false;
    QStringList stack = linkName.split(u'/');
    stack.removeLast(); // the link's own name; targets resolve from its folder
    for (const QString &part : target.split(u'/')) {
        if (part.isEmpty() || part == u".")
            continue;
        if (part == u"..") {
            if (stack.isEmpty())
                return false;
            stack.removeLast();
        } else {
            stack.append(part);
        }
    }
    return !stack.isEmpty();
}

} // namespace Imprint::Archive
