// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "WriteTagsCommand.h"
#include "OpenCatalog.h"
#include "Output.h"

#include "catalog/CatalogTags.h"

#include "tags/CatalogTagWrite.h"
#include "tags/TagWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeDatabase>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Imprint::CommandLine
{

namespace
{

struct Assignment {
    TagField field;
    QString value;
};

bool parseAssignments(const QStringList &texts, QList<Assignment> &assignments, TagCover &cover)
{
    for (const QString &text : texts) {
        const qsizetype equals = text.indexOf(u'=');
        const std::optional<TagField> field = fieldFromName(text.left(equals));
        if (equals <= 0 || !field) {
            QStringList names;
            for (const TagField known : allTagFields())
                names.append(fieldName(known));
            print(stderr,
                QCoreApplication::translate(
                    "WriteTagsCommand", "imprint: --set expects FIELD=VALUE with FIELD one of: %1 (got '%2')")
                    .arg(names.join(u", "_s), text));
            return false;
        }
        const QString value = text.mid(equals + 1);
        if (*field == TagField::Cover && !value.isEmpty()) {
            QFile image(value);
            const QString mime = QMimeDatabase().mimeTypeForFile(value).name();
            if (mime != u"image/jpeg" && mime != u"image/png") {
                print(stderr,
                    QCoreApplication::translate(
                        "WriteTagsCommand", "imprint: the cover must be a JPEG or PNG image: %1")
                        .arg(value));
                return false;
            }
            if (!image.open(QIODevice::ReadOnly)) {
                print(stderr,
                    QCoreApplication::translate("WriteTagsCommand", "imprint: cannot read %1: %2")
                        .arg(value, image.errorString()));
                return false;
            }
            cover = { image.readAll(), mime };
        }
        assignments.append({ *field, value });
    }
    return true;
}

// The file's own tags with the assignments applied: --set changes fields, it does not clear the rest.
bool wantedTags(const QString &path, const QList<Assignment> &assignments, const TagCover &cover,
    TagSet &tags, QString *error)
{
    const std::optional<TagSet> current = Tags::readFileTags(path, error);
    if (!current)
        return false;
    tags = *current;
    for (const Assignment &assignment : assignments) {
        QString reason;
        if (assignment.field == TagField::Cover)
            tags.cover = assignment.value.isEmpty() ? TagCover {} : cover;
        else if (!tags.setText(assignment.field, assignment.value, &reason)) {
            *error = u"%1: %2"_s.arg(fieldName(assignment.field), reason);
            return false;
        }
    }
    return true;
}

QJsonObject toJson(const Tags::TagWriteResult &result)
{
    QJsonArray changes;
    for (const TagChange &change : result.changes)
        changes.append(QJsonObject { { u"field"_s, fieldName(change.field) }, { u"before"_s, change.before },
            { u"after"_s, change.after } });
    QJsonObject object { { u"path"_s, result.path }, { u"format"_s, result.format },
        { u"status"_s, Tags::statusName(result.status) }, { u"changes"_s, changes } };
    if (!result.ok())
        object.insert(u"reason"_s, result.reason);
    return object;
}

void printText(const Tags::TagWriteResult &result)
{
    const QString path = QDir::toNativeSeparators(result.path);
    if (!result.ok()) {
        print(stderr, result.message());
        return;
    }
    print(stdout, u"%1: %2"_s.arg(path, Tags::statusName(result.status)));
    for (const TagChange &change : result.changes)
        print(stdout, u"  %1: \"%2\" → \"%3\""_s.arg(fieldName(change.field), change.before, change.after));
}

// Prints one line (or JSON object) per file, failures included.
int report(const QList<Tags::TagWriteResult> &results, bool dryRun, bool json)
{
    int failedCount = 0;
    QJsonArray items;
    for (const Tags::TagWriteResult &result : results) {
        failedCount += result.ok() ? 0 : 1;
        if (json)
            items.append(toJson(result));
        else
            printText(result);
    }
    if (json) {
        const QJsonObject summary { { u"dryRun"_s, dryRun }, { u"failed"_s, failedCount },
            { u"files"_s, items } };
        std::fputs(QJsonDocument(summary).toJson(QJsonDocument::Indented).constData(), stdout);
        std::fflush(stdout);
    }
    return failedCount > 0 ? 1 : 0;
}

} // namespace

int runWriteTags(const QStringList &files, const QStringList &assignmentTexts, bool dryRun, bool json)
{
    if (files.isEmpty() || assignmentTexts.isEmpty()) {
        print(stderr,
            QCoreApplication::translate("WriteTagsCommand",
                "usage: imprint write-tags FILE… --set FIELD=VALUE… [--dry-run] [--json]"));
        return 2;
    }
    QList<Assignment> assignments;
    TagCover cover;
    if (!parseAssignments(assignmentTexts, assignments, cover))
        return 2;

    QList<Tags::TagWriteResult> results;
    QList<Tags::TagWriteRequest> requests;
    for (const QString &file : files) {
        TagSet tags;
        QString error;
        if (wantedTags(file, assignments, cover, tags, &error)) {
            // Filled in place: GCC 14 at -O3 (the release build) took the moved-from temporary's
            // empty libraryRoot for uninitialised (-Wmaybe-uninitialized).
            Tags::TagWriteRequest &request = requests.emplaceBack();
            request.path = file;
            request.tags = std::move(tags);
        } else {
            Tags::TagWriteResult failure;
            failure.path = file;
            failure.reason = error.startsWith(QDir::toNativeSeparators(file) + u": "_s)
                ? error.mid(QDir::toNativeSeparators(file).size() + 2)
                : error;
            results.append(failure);
        }
    }
    const std::atomic_bool cancel = false;
    results.append(Tags::writeTags(requests, dryRun, cancel));
    return report(results, dryRun, json);
}

int runWriteCatalogTags(
    const CatalogStore &store, const CatalogTags::Selection &selection, bool dryRun, bool json)
{
    // A viewer of a team catalog may see what would change, not change the team's files.
    if (!(dryRun ? openExistingCatalog(store) : openCatalogToChange(store)))
        return 1;
    QString error;
    const auto catalogRequests = Tags::catalogTagRequests(store, selection, &error);
    if (!catalogRequests) {
        print(stderr,
            QCoreApplication::translate("WriteTagsCommand", "imprint: cannot read the catalog: %1")
                .arg(error));
        return 1;
    }
    if (catalogRequests->isEmpty() && selection.scope != CatalogTags::Selection::Scope::All) {
        print(stderr,
            QCoreApplication::translate(
                "WriteTagsCommand", "imprint: no master files for that release or track"));
        return 1;
    }
    QList<Tags::TagWriteRequest> requests;
    for (const Tags::CatalogTagRequest &request : *catalogRequests)
        requests.append(request.request);
    const std::atomic_bool cancel = false;
    const QList<Tags::TagWriteResult> results = Tags::writeTags(requests, dryRun, cancel);
    if (!Tags::keepCatalogAnalyses(store, *catalogRequests, results, &error)) {
        print(stderr,
            QCoreApplication::translate("WriteTagsCommand",
                "imprint: the files are written, but the catalog could not record their new state: %1 "
                "(`imprint check --catalog` analyses them again)")
                .arg(error));
    }
    return report(results, dryRun, json);
}

} // namespace Imprint::CommandLine
