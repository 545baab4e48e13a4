// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "ExportReleaseCommand.h"

#include "delivery/ReleaseExport.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Imprint::CommandLine
{

namespace
{

void print(FILE *stream, const QString &text)
{
    std::fputs(qPrintable(text), stream);
    std::fputc('\n', stream);
    std::fflush(stream);
}

std::optional<Archive::PackageFormat> formatFor(const QString &format, const QString &out)
{
    if (format.isEmpty())
        return Archive::formatForFileName(out);
    if (format == u"zip")
        return Archive::PackageFormat::ZipDeflated;
    return Archive::formatForFileName(u"x."_s + format);
}

} // namespace

int runExportRelease(
    const CatalogStore &store, const ExportReleaseOptions &options, const std::atomic_bool &cancel)
{
    bool idOk = false;
    const qint64 releaseId = options.release.toLongLong(&idOk);
    const auto format = formatFor(options.format, options.out);
    if (!idOk || options.profile.isEmpty() || options.out.isEmpty() || !format) {
        print(stderr,
            QCoreApplication::translate("CommandLine",
                "usage: imprint [--catalog FILE] export-release --release ID --profile distributor|sync "
                "--out FILE [--format zip|tar.gz|tar.xz|tar.zst] [--force] [--json]"));
        return 2;
    }
    QString error;
    if (!store.open(&error)) {
        print(stderr,
            QCoreApplication::translate("CommandLine", "imprint: cannot open the catalog: %1").arg(error));
        return 1;
    }
    Delivery::ExportRequest request { releaseId, options.profile, options.out, *format, options.force };
    const bool terminal = !options.json && isatty(STDERR_FILENO);
    const Delivery::ExportResult result
        = Delivery::exportRelease(store, request, cancel, [terminal](qint64 done, qint64 total) {
              if (terminal)
                  std::fprintf(stderr, "\r%s",
                      qPrintable(QCoreApplication::translate("CommandLine", "Packaging… %1/%2 MiB")
                              .arg(done >> 20)
                              .arg(total >> 20)));
          });
    if (terminal)
        std::fputs("\n", stderr);
    if (options.json) {
        QJsonArray issues;
        for (const Delivery::PreflightIssue &issue : result.issues)
            issues.append(QJsonObject { { u"subject"_s, issue.subject }, { u"message"_s, issue.message },
                { u"blocking"_s, issue.blocking } });
        QJsonObject object { { u"package"_s, options.out }, { u"ok"_s, result.ok() },
            { u"cancelled"_s, result.cancelled }, { u"refused"_s, result.refusedByPreflight },
            { u"files"_s, result.files }, { u"size"_s, result.size }, { u"sha256"_s, result.sha256 },
            { u"verifiedEntries"_s, result.verifiedEntries }, { u"warnings"_s, issues } };
        if (!result.error.isEmpty())
            object.insert(u"error"_s, result.error);
        std::fputs(QJsonDocument(object).toJson(QJsonDocument::Indented).constData(), stdout);
        std::fflush(stdout);
    } else if (result.ok()) {
        for (const Delivery::PreflightIssue &issue : result.issues)
            print(stderr,
                QCoreApplication::translate("CommandLine", "warning: %1: %2")
                    .arg(issue.subject, issue.message));
        print(stdout,
            QCoreApplication::translate("CommandLine", "Exported %1 files (%2 MiB, verified) to %3")
                .arg(result.files)
                .arg(result.size >> 20)
                .arg(QDir::toNativeSeparators(options.out)));
    } else if (!result.cancelled) {
        print(stderr, QCoreApplication::translate("CommandLine", "imprint: %1").arg(result.error));
        if (result.refusedByPreflight)
            print(stderr,
                QCoreApplication::translate("CommandLine",
                    "Use --force to export anyway; the warnings are recorded in the package."));
    }
    if (result.cancelled)
        return 130;
    return result.ok() ? 0 : 1;
}

} // namespace Imprint::CommandLine
