// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "VerifyCommand.h"
#include "Output.h"

#include "archive/PackageVerifier.h"
#include "platform/Terminal.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Imprint::CommandLine
{

namespace
{

QJsonObject toJson(const QString &path, const Archive::VerifyResult &result)
{
    QJsonArray entries;
    for (const Archive::EntryCheck &entry : result.entries) {
        QJsonObject object { { u"path"_s, entry.path }, { u"status"_s, Archive::statusName(entry.status) } };
        if (!entry.expected.isEmpty())
            object.insert(u"expected"_s, entry.expected);
        if (!entry.actual.isEmpty())
            object.insert(u"actual"_s, entry.actual);
        if (!entry.reason.isEmpty())
            object.insert(u"reason"_s, entry.reason);
        entries.append(object);
    }
    QJsonObject object { { u"package"_s, path }, { u"ok"_s, result.ok() }, { u"entries"_s, entries } };
    if (!result.error.isEmpty())
        object.insert(u"error"_s, result.error);
    return object;
}

} // namespace

int runVerify(const QStringList &args, bool json)
{
    if (args.size() != 1) {
        print(stderr, QCoreApplication::translate("CommandLine", "usage: imprint verify PACKAGE [--json]"));
        return 2;
    }
    const QString &path = args.constFirst();
    const bool terminal = !json && Platform::isTerminal(stderr);
    const Archive::VerifyResult result
        = Archive::verifyPackage(path, nullptr, [terminal](qint64 done, qint64) {
              if (terminal)
                  std::fprintf(stderr, "\r%s",
                      qPrintable(
                          QCoreApplication::translate("CommandLine", "Verifying… %1 MiB").arg(done >> 20)));
          });
    if (terminal)
        std::fputs("\n", stderr);
    if (json) {
        std::fputs(QJsonDocument(toJson(path, result)).toJson(QJsonDocument::Indented).constData(), stdout);
        std::fflush(stdout);
    } else {
        print(result.ok() ? stdout : stderr, u"%1: %2"_s.arg(path, result.describe()));
    }
    return result.ok() ? 0 : 1;
}

} // namespace Imprint::CommandLine
