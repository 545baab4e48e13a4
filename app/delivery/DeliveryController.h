// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "CatalogSession.h"
#include "LatestProgress.h"

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QVariantList>
#include <QtQmlIntegration>

#include <atomic>

class QThread;

namespace Imprint
{

/// Writes a release package (Delivery::exportRelease) or a catalog backup (Delivery::writeBackup)
/// for the GUI: on a worker thread, with progress in bytes, cancel (a cancelled package leaves
/// no file under its name) and a summary with the verification result. One job at a time.
class DeliveryController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Imprint::CatalogSession *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(bool running READ isRunning NOTIFY runningChanged)
    Q_PROPERTY(QString task READ task NOTIFY runningChanged)
    Q_PROPERTY(qint64 done READ done NOTIFY progressChanged)
    Q_PROPERTY(qint64 total READ total NOTIFY progressChanged)
    Q_PROPERTY(QString progressText READ progressText NOTIFY progressChanged)
    Q_PROPERTY(QVariantList formats READ formats CONSTANT)
    Q_PROPERTY(bool hasResult READ hasResult NOTIFY finished)
    Q_PROPERTY(bool succeeded READ succeeded NOTIFY finished)
    Q_PROPERTY(QString summaryText READ summaryText NOTIFY finished)
    Q_PROPERTY(QString verificationText READ verificationText NOTIFY finished)
    Q_PROPERTY(QStringList problems READ problems NOTIFY finished)
    Q_PROPERTY(int filesOutsideLibrary READ filesOutsideLibrary NOTIFY finished)

public:
    explicit DeliveryController(QObject *parent = nullptr);
    ~DeliveryController() override;

    CatalogSession *session() const { return m_session; }
    void setSession(CatalogSession *session);
    bool isRunning() const { return m_thread != nullptr; }
    /// "export", "backup" or "consolidate" while one runs, else empty.
    QString task() const { return m_task; }
    qint64 done() const { return m_progress.done(); }
    qint64 total() const { return m_progress.total(); }
    /// "Packaging… 12 of 340 MB", then "Verifying…" once every byte is written.
    QString progressText() const;
    /// [{key, name, suffix}] of the package formats: ZIP, tar.gz, tar.xz, tar.zst.
    QVariantList formats() const;
    bool hasResult() const { return m_hasResult; }
    bool succeeded() const { return m_succeeded; }
    QString summaryText() const { return m_summaryText; }
    QString verificationText() const { return m_verificationText; }
    /// Lines worth reading after a job: warnings recorded in the package, files missing from a backup.
    QStringList problems() const { return m_problems; }
    /// After a backup that failed for them: how many files the catalog refers to lie outside its
    /// library folder (startConsolidation copies them in); 0 otherwise.
    int filesOutsideLibrary() const { return m_filesOutsideLibrary; }

    /// baseName with the suffix of format ("zip", "tar.gz", …), for a save dialog.
    Q_INVOKABLE QString fileNameFor(const QString &baseName, const QString &format) const;
    /// "Imprint backup <date>.tar.zst".
    Q_INVOKABLE QString backupFileName() const;
    /// fileName in the user's documents folder, to pre-fill a save dialog.
    Q_INVOKABLE QUrl suggestedFile(const QString &fileName) const;

    /// Packages a release; file gets the format's suffix if it lacks it. False if a job runs or
    /// the arguments are unusable (then summaryText says why).
    Q_INVOKABLE bool startExport(
        qint64 releaseId, const QString &profile, const QString &format, const QUrl &file, bool exportAnyway);
    /// Backs up the catalog and its library; ".tar.zst" is added to a name without a package suffix.
    Q_INVOKABLE bool startBackup(const QUrl &file);
    /// Copies the files the catalog refers to outside its library folder into it
    /// (LibraryConsolidation), with progress in files.
    Q_INVOKABLE bool startConsolidation();
    Q_INVOKABLE void cancel();

Q_SIGNALS:
    void sessionChanged();
    void runningChanged();
    void progressChanged();
    void finished();

private:
    struct Outcome {
        bool ok = false;
        bool cancelled = false;
        QString summary;
        QString verification;
        QStringList problems;
        int outsideLibrary = 0;
    };
    bool startJob(const QString &task,
        std::function<Outcome(const std::atomic_bool &, const std::function<void(qint64, qint64)> &)> job);
    void onFinished(const Outcome &outcome);
    void refuse(const QString &reason);

    QPointer<CatalogSession> m_session;
    QThread *m_thread = nullptr;
    std::atomic_bool m_cancel = false;
    LatestProgress m_progress; ///< per MiB written
    QString m_task;
    bool m_hasResult = false;
    bool m_succeeded = false;
    QString m_summaryText;
    QString m_verificationText;
    QStringList m_problems;
    int m_filesOutsideLibrary = 0;
};

} // namespace Imprint
