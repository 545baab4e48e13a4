// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "CatalogSession.h"
#include "catalog/CatalogTags.h"
#include "tags/TagWriteListModel.h"

#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QtQmlIntegration>

#include <atomic>

class QThread;

namespace Imprint
{

/// "Write Tags" for the GUI: the catalog's values written into the masters of a selection of
/// tracks (the current track, a release's tracks, a selection in the table) or the whole catalog, with the
/// same engine as `imprint write-tags` (Tags::catalogTagRequests, then Tags::writeTags). First a preview
/// lists per file what would change; then write() writes the previewed selection, each file atomically and
/// verified, and reports per file written / unchanged / failed with the reason, the rest proceeding. Runs on
/// a worker thread with progress; rows arrive in batches. cancel() stops between files, so every file is
/// either fully written or untouched. One job at a time.
class TagWriteController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Imprint::CatalogSession *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(Imprint::TagWriteListModel *files READ files CONSTANT)
    Q_PROPERTY(Phase phase READ phase NOTIFY phaseChanged)
    Q_PROPERTY(bool running READ isRunning NOTIFY phaseChanged)
    Q_PROPERTY(int done READ done NOTIFY progressChanged)
    Q_PROPERTY(int total READ total NOTIFY progressChanged)
    Q_PROPERTY(bool cancelled READ wasCancelled NOTIFY phaseChanged)
    Q_PROPERTY(bool canWrite READ canWrite NOTIFY canWriteChanged)
    Q_PROPERTY(QString summaryText READ summaryText NOTIFY phaseChanged)
    Q_PROPERTY(bool needsMasters READ needsMasters NOTIFY phaseChanged)
    Q_PROPERTY(bool needsAnalysis READ needsAnalysis NOTIFY phaseChanged)

public:
    enum Phase {
        Idle, ///< nothing previewed yet
        Previewing, ///< reading the files to see what would change
        Previewed, ///< files lists the preview; write() may follow
        Writing, ///< writing the previewed selection
        Written, ///< files lists the report of the write
    };
    Q_ENUM(Phase)

    explicit TagWriteController(QObject *parent = nullptr);
    ~TagWriteController() override;

    CatalogSession *session() const { return m_session; }
    void setSession(CatalogSession *session);
    TagWriteListModel *files() const { return m_files; }
    Phase phase() const { return m_phase; }
    bool isRunning() const { return m_thread != nullptr; }
    int done() const { return m_done; }
    int total() const { return m_total; }
    /// The last job was cancelled before its last file.
    bool wasCancelled() const { return m_cancelled; }
    /// A complete preview in which some file would change.
    bool canWrite() const;
    /// One line on the preview or the write: "2 files to change · 1 unchanged · 1 cannot be written".
    QString summaryText() const { return m_summaryText; }
    /// The preview found no master file for its tracks (planned ones, say): there is nothing to
    /// write until their audio is imported.
    bool needsMasters() const { return m_needsMasters; }
    /// Files were written but the catalog could not record their new bytes: until an analysis
    /// reads them again, the catalog takes them for changed files.
    bool needsAnalysis() const { return m_needsAnalysis; }

    /// Previews the masters of these tracks (a selection of the catalog table). False if a job runs.
    Q_INVOKABLE bool preview(const QVariantList &trackIds);
    /// Previews every master of the catalog.
    Q_INVOKABLE bool previewAll();
    /// Writes the selection of the last preview, reading the catalog and each file again.
    /// False if nothing was previewed or a job runs.
    Q_INVOKABLE bool write();
    /// Writes the masters of these tracks without a preview first.
    Q_INVOKABLE bool writeTracks(const QVariantList &trackIds);
    /// Stops after the file being written; the rest are reported as not written.
    Q_INVOKABLE void cancel();
    /// Back to Idle with no rows (ignored while a job runs).
    Q_INVOKABLE void reset();

Q_SIGNALS:
    void sessionChanged();
    void phaseChanged();
    void progressChanged();
    void canWriteChanged();
    void finished();

private:
    bool start(const CatalogTags::Selection &selection, bool dryRun);
    void onBatch(const QList<TagWriteRow> &rows, int done, int total);
    /// unrecorded: why the catalog could not take the written files' new bytes, if it could not.
    void onFinished(const QString &error, bool cancelled, const QString &unrecorded);
    void setPhase(Phase phase);
    QString describe(const QString &error) const;

    QPointer<CatalogSession> m_session;
    TagWriteListModel *m_files;
    QThread *m_thread = nullptr;
    std::atomic_bool m_cancel = false;
    CatalogTags::Selection m_selection;
    bool m_hasSelection = false;
    Phase m_phase = Idle;
    int m_done = 0;
    int m_total = 0;
    bool m_cancelled = false;
    QString m_summaryText;
    bool m_needsMasters = false;
    bool m_needsAnalysis = false;
};

} // namespace Imprint
