// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "DeliveryController.h"

#include "DeliveryLogging.h"
#include "delivery/CatalogBackup.h"
#include "delivery/ReleaseExport.h"
#include "import/LibraryConsolidation.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QStandardPaths>
#include <QThread>

using namespace Qt::StringLiterals;

namespace Imprint
{

namespace
{

struct FormatChoice {
    QString key;
    QString name;
    QString suffix;
};

const QList<FormatChoice> &formatChoices()
{
    static const QList<FormatChoice> list {
        { u"zip"_s, u"ZIP"_s, u".zip"_s },
        { u"tar.gz"_s, u"tar.gz"_s, u".tar.gz"_s },
        { u"tar.xz"_s, u"tar.xz"_s, u".tar.xz"_s },
        { u"tar.zst"_s, u"tar.zst"_s, u".tar.zst"_s },
    };
    return list;
}

QString localPath(const QUrl &url)
{
    return url.isLocalFile() ? url.toLocalFile() : url.toString(QUrl::PreferLocalFile);
}

QString dataSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

} // namespace

DeliveryController::DeliveryController(QObject *parent)
    : QObject(parent)
{
}

DeliveryController::~DeliveryController()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

void DeliveryController::setSession(CatalogSession *session)
{
    if (session == m_session)
        return;
    m_session = session;
    Q_EMIT sessionChanged();
}

QString DeliveryController::progressText() const
{
    if (!isRunning())
        return {};
    const qint64 done = m_progress.done();
    const qint64 total = m_progress.total();
    if (m_task == u"consolidate")
        return tr("Copying %1 of %2 files…").arg(done).arg(total);
    if (total > 0 && done >= total)
        return tr("Verifying…");
    if (total <= 0)
        return m_task == u"backup" ? tr("Taking a snapshot of the catalog…") : tr("Preparing tagged copies…");
    return tr("%1 of %2").arg(dataSize(done), dataSize(total));
}

QVariantList DeliveryController::formats() const
{
    QVariantList list;
    for (const FormatChoice &choice : formatChoices())
        list.append(QVariantMap {
            { u"key"_s, choice.key }, { u"name"_s, choice.name }, { u"suffix"_s, choice.suffix } });
    return list;
}

QString DeliveryController::fileNameFor(const QString &baseName, const QString &format) const
{
    for (const FormatChoice &choice : formatChoices()) {
        if (choice.key == format)
            return baseName.endsWith(choice.suffix, Qt::CaseInsensitive) ? baseName
                                                                         : baseName + choice.suffix;
    }
    return baseName;
}

QString DeliveryController::backupFileName() const
{
    return tr("Imprint backup %1").arg(QDate::currentDate().toString(Qt::ISODate)) + u".tar.zst"_s;
}

QUrl DeliveryController::suggestedFile(const QString &fileName) const
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QDir::homePath();
    return QUrl::fromLocalFile(QDir(folder).filePath(fileName));
}

void DeliveryController::refuse(const QString &reason)
{
    m_hasResult = true;
    m_succeeded = false;
    m_summaryText = reason;
    m_verificationText.clear();
    m_problems.clear();
    Q_EMIT finished();
}

bool DeliveryController::startExport(
    qint64 releaseId, const QString &profile, const QString &format, const QUrl &file, bool exportAnyway)
{
    if (m_thread || !m_session)
        return false;
    const QString path = localPath(file);
    const auto packageFormat = Archive::formatForFileName(fileNameFor(u"x"_s, format));
    if (path.isEmpty() || !packageFormat || releaseId <= 0) {
        refuse(tr("Choose a release, a format and a file to export to."));
        return false;
    }
    const Delivery::ExportRequest request { releaseId, profile, fileNameFor(path, format), *packageFormat,
        exportAnyway };
    const CatalogStore store = m_session->store();
    return startJob(u"export"_s, [store, request](const std::atomic_bool &cancel, const auto &progress) {
        const Delivery::ExportResult result = Delivery::exportRelease(store, request, cancel, progress);
        Outcome outcome;
        outcome.ok = result.ok();
        outcome.cancelled = result.cancelled;
        const QString name = QFileInfo(request.outputPath).fileName();
        if (result.cancelled) {
            outcome.summary = tr("Export cancelled; no package was written.");
        } else if (!result.ok()) {
            outcome.summary = tr("The package was not written: %1").arg(result.error);
        } else {
            outcome.summary = tr("Exported %n file(s) to %1 (%2).", nullptr, result.files)
                                  .arg(name, dataSize(result.size));
            outcome.verification = tr("Verified: all %1 entries match MANIFEST.sha256. Package SHA-256 %2…")
                                       .arg(result.verifiedEntries)
                                       .arg(result.sha256.left(16));
            for (const Delivery::PreflightIssue &issue : Delivery::recordable(result.issues))
                outcome.problems.append(tr("Recorded in the package: %1: %2")
                        .arg(Delivery::levelName(issue.level), Delivery::describe(issue)));
            if (result.milestoneTicked)
                outcome.summary += u' ' + tr("Its delivery milestone is done on the calendar.");
        }
        return outcome;
    });
}

bool DeliveryController::startBackup(const QUrl &file)
{
    if (m_thread || !m_session)
        return false;
    QString path = localPath(file);
    if (path.isEmpty()) {
        refuse(tr("Choose a file to back up to."));
        return false;
    }
    if (!Archive::formatForFileName(path))
        path += u".tar.zst"_s;
    const CatalogStore store = m_session->store();
    return startJob(u"backup"_s, [store, path](const std::atomic_bool &cancel, const auto &progress) {
        const Delivery::BackupResult result = Delivery::writeBackup(store, path, cancel, progress);
        Outcome outcome;
        outcome.ok = result.ok();
        outcome.cancelled = result.cancelled;
        if (result.cancelled) {
            outcome.summary = tr("Backup cancelled; no backup was written.");
        } else if (!result.ok()) {
            outcome.summary = tr("The backup was not written: %1").arg(result.error);
            outcome.outsideLibrary = LibraryConsolidation(store).countOutside();
        } else {
            outcome.summary = tr("Backed up %n track(s) and %1 files (%2) to %3.", nullptr, result.tracks)
                                  .arg(result.assets)
                                  .arg(dataSize(result.size), QFileInfo(path).fileName());
            outcome.verification = tr("Verified against its MANIFEST.sha256 before it got its name.");
            for (const QString &missing : result.missing)
                outcome.problems.append(tr("Missing from the library, not in the backup: %1").arg(missing));
        }
        return outcome;
    });
}

bool DeliveryController::startConsolidation()
{
    if (m_thread || !m_session)
        return false;
    const CatalogStore store = m_session->store();
    return startJob(u"consolidate"_s, [store](const std::atomic_bool &cancel, const auto &progress) {
        LibraryConsolidation consolidation(store);
        consolidation.setProgressCallback(
            [&progress](int done, int total, const QString &) { progress(done, total); });
        const ConsolidationSummary summary = consolidation.run(cancel);
        Outcome outcome;
        outcome.ok = summary.ok();
        outcome.cancelled = summary.cancelled;
        outcome.summary = summary.describe();
        if (summary.ok() && summary.copied > 0)
            outcome.verification
                = tr("Each copy was checked against its original; the originals are untouched. "
                     "Back up the catalog again to include them.");
        outcome.problems = summary.problems;
        return outcome;
    });
}

bool DeliveryController::startJob(const QString &task,
    std::function<Outcome(const std::atomic_bool &, const std::function<void(qint64, qint64)> &)> job)
{
    m_cancel = false;
    m_task = task;
    m_progress.reset();
    const std::function<void(qint64, qint64)> progress = [this](qint64 done, qint64 total) {
        m_progress.report(this, done, total, [this] { Q_EMIT progressChanged(); });
    };
    const CatalogStore store = m_session->store();
    m_thread = QThread::create([this, job = std::move(job), progress, store] {
        const Outcome outcome = job(m_cancel, progress);
        store.closeThreadConnection();
        QMetaObject::invokeMethod(this, [this, outcome] { onFinished(outcome); }, Qt::QueuedConnection);
    });
    m_thread->setObjectName(task);
    m_thread->start();
    Q_EMIT runningChanged();
    Q_EMIT progressChanged();
    return true;
}

void DeliveryController::cancel()
{
    m_cancel = true;
}

void DeliveryController::onFinished(const Outcome &outcome)
{
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    const QString task = m_task;
    m_task.clear();
    m_hasResult = true;
    m_succeeded = outcome.ok;
    m_summaryText = outcome.summary;
    m_verificationText = outcome.verification;
    m_problems = outcome.problems;
    m_filesOutsideLibrary = outcome.outsideLibrary;
    qCInfo(lcDelivery) << task << "finished:" << outcome.summary;
    // The catalog now points at the copies.
    if (m_session && task == u"consolidate")
        m_session->reload();
    if (m_session && task == u"export") {
        m_session->deliveries()->reload();
        // A delivery ticks the release's milestone in the catalog: the calendar reads it again.
        if (outcome.ok)
            m_session->planning()->reload();
    }
    Q_EMIT runningChanged();
    Q_EMIT progressChanged();
    Q_EMIT finished();
}

} // namespace Imprint
