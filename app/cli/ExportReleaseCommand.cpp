// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "ExportReleaseCommand.h"
#include "OpenCatalog.h"
#include "Output.h"

#include "delivery/DeliveryMetadata.h"
#include "delivery/ReleaseExport.h"
#include "platform/Terminal.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Imprint::CommandLine
{

namespace
{

std::optional<Archive::PackageFormat> formatFor(const QString &format, const QString &out)
{
    if (format.isEmpty())
        return Archive::formatForFileName(out);
    if (format == u"zip")
        return Archive::PackageFormat::ZipDeflated;
    return Archive::formatForFileName(u"x."_s + format);
}

// "  blocker  Harbour Lights: made on a free plan …  [streaming.commercial.not_allowed]"
void printIssues(FILE *stream, const QList<Delivery::PreflightIssue> &issues)
{
    for (const Delivery::PreflightIssue &issue : issues)
        print(stream,
            QCoreApplication::translate("CommandLine", "  %1: %2  [%3]")
                .arg(Delivery::levelName(issue.level), Delivery::describe(issue), issue.ruleId));
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
    if (!openCatalogToChange(store)) // the delivery is recorded in the catalog
        return 1;
    QString error;
    Delivery::ExportRequest request { releaseId, options.profile, options.out, *format, options.force };
    const bool terminal = !options.json && Platform::isTerminal(stderr);
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
            issues.append(Delivery::toJson(issue));
        QJsonObject object { { u"package"_s, options.out }, { u"ok"_s, result.ok() },
            { u"cancelled"_s, result.cancelled }, { u"refused"_s, result.refusedByPreflight },
            { u"forced"_s, result.ok() && Delivery::hasLevel(result.issues, Delivery::IssueLevel::Blocker) },
            { u"files"_s, result.files }, { u"size"_s, result.size }, { u"sha256"_s, result.sha256 },
            { u"verifiedEntries"_s, result.verifiedEntries },
            { u"milestoneTicked"_s, result.milestoneTicked }, { u"issues"_s, issues } };
        if (!result.error.isEmpty())
            object.insert(u"error"_s, result.error);
        std::fputs(QJsonDocument(object).toJson(QJsonDocument::Indented).constData(), stdout);
        std::fflush(stdout);
    } else if (result.ok()) {
        if (!result.issues.isEmpty()) {
            print(stderr,
                QCoreApplication::translate("CommandLine", "Exported with, recorded in metadata.json:"));
            printIssues(stderr, result.issues);
        }
        print(stdout,
            QCoreApplication::translate("CommandLine", "Exported %1 files (%2 MiB, verified) to %3")
                .arg(result.files)
                .arg(result.size >> 20)
                .arg(QDir::toNativeSeparators(options.out)));
        if (result.milestoneTicked)
            print(stdout,
                QCoreApplication::translate("CommandLine", "The release's delivery milestone is done."));
    } else if (result.refusedByPreflight) {
        // Every issue with its track and reason, blockers first (the preflight's order per track).
        print(stderr,
            QCoreApplication::translate("CommandLine", "imprint: the %1 preflight refuses the release:")
                .arg(options.profile));
        printIssues(stderr, result.issues);
        if (!Delivery::hasLevel(result.issues, Delivery::IssueLevel::Impossible))
            print(stderr,
                QCoreApplication::translate("CommandLine",
                    "Use --force to export anyway; the blockers and warnings are recorded in the package "
                    "and its delivery history."));
    } else if (!result.cancelled) {
        print(stderr, QCoreApplication::translate("CommandLine", "imprint: %1").arg(result.error));
    }
    if (result.cancelled)
        return 130;
    return result.ok() ? 0 : 1;
}

} // namespace Imprint::CommandLine
