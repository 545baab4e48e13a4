// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "TagWriteController.h"

#include "Logging.h"
#include "tags/CatalogTagWrite.h"

#include <QElapsedTimer>
#include <QThread>

using namespace Qt::StringLiterals;

namespace Imprint
{

namespace
{

// Rows reach the GUI at most every this many milliseconds or files, whichever comes first.
constexpr qint64 batchMs = 100;
constexpr int batchFiles = 50;

TagWriteRow::Status rowStatus(Tags::TagWriteStatus status)
{
    switch (status) {
    case Tags::TagWriteStatus::Written:
        return TagWriteRow::Status::Written;
    case Tags::TagWriteStatus::Unchanged:
        return TagWriteRow::Status::Unchanged;
    case Tags::TagWriteStatus::Preview:
        return TagWriteRow::Status::WillChange;
    case Tags::TagWriteStatus::Failed:
        return TagWriteRow::Status::Failed;
    case Tags::TagWriteStatus::Cancelled:
        return TagWriteRow::Status::Cancelled;
    }
    return TagWriteRow::Status::Failed;
}

TagWriteRow rowFor(const Tags::CatalogTagRequest &request, const Tags::TagWriteResult &result)
{
    TagWriteRow row;
    row.trackId = request.trackId;
    row.trackTitle = request.trackTitle;
    row.path = request.request.path;
    row.relativePath = request.relativePath;
    row.format = result.format;
    row.status = rowStatus(result.status);
    row.changes = result.changes;
    row.reason = result.reason;
    return row;
}

QList<qint64> idsOf(const QVariantList &values)
{
    QList<qint64> ids;
    for (const QVariant &value : values) {
        bool ok = false;
        const qint64 id = value.toLongLong(&ok);
        if (ok && id > 0)
            ids.append(id);
    }
    return ids;
}

} // namespace

TagWriteController::TagWriteController(QObject *parent)
    : QObject(parent)
    , m_files(new TagWriteListModel(this))
{
    connect(m_files, &TagWriteListModel::countsChanged, this, &TagWriteController::canWriteChanged);
}

TagWriteController::~TagWriteController()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

void TagWriteController::setSession(CatalogSession *session)
{
    if (session == m_session)
        return;
    m_session = session;
    Q_EMIT sessionChanged();
}

bool TagWriteController::canWrite() const
{
    return m_phase == Previewed && !m_cancelled && m_files->changingCount() > 0;
}

bool TagWriteController::preview(const QVariantList &trackIds)
{
    CatalogTags::Selection selection;
    selection.scope = CatalogTags::Selection::Scope::Tracks;
    selection.trackIds = idsOf(trackIds);
    return start(selection, true);
}

bool TagWriteController::previewAll()
{
    return start({ CatalogTags::Selection::Scope::All, 0, {} }, true);
}

bool TagWriteController::write()
{
    if (!m_hasSelection || m_phase == Idle)
        return false;
    return start(m_selection, false);
}

bool TagWriteController::writeTracks(const QVariantList &trackIds)
{
    CatalogTags::Selection selection;
    selection.scope = CatalogTags::Selection::Scope::Tracks;
    selection.trackIds = idsOf(trackIds);
    return start(selection, false);
}

void TagWriteController::cancel()
{
    m_cancel = true;
}

void TagWriteController::reset()
{
    if (m_thread)
        return;
    m_files->clear();
    m_hasSelection = false;
    m_done = 0;
    m_total = 0;
    m_cancelled = false;
    m_summaryText.clear();
    m_needsMasters = false;
    m_needsAnalysis = false;
    setPhase(Idle);
    Q_EMIT progressChanged();
}

void TagWriteController::setPhase(Phase phase)
{
    m_phase = phase;
    Q_EMIT phaseChanged();
    Q_EMIT canWriteChanged();
}

bool TagWriteController::start(const CatalogTags::Selection &selection, bool dryRun)
{
    if (m_thread || !m_session)
        return false;
    m_selection = selection;
    m_hasSelection = true;
    m_cancel = false;
    m_cancelled = false;
    m_done = 0;
    m_total = 0;
    m_summaryText.clear();
    m_needsMasters = false;
    m_needsAnalysis = false;
    m_files->clear();

    const CatalogStore store = m_session->store();
    m_thread = QThread::create([this, store, selection, dryRun] {
        QString error;
        const auto requests = Tags::catalogTagRequests(store, selection, &error);
        store.closeThreadConnection();
        if (!requests) {
            QMetaObject::invokeMethod(
                this, [this, error] { onFinished(error, false, {}); }, Qt::QueuedConnection);
            return;
        }
        QList<Tags::TagWriteRequest> plain;
        plain.reserve(requests->size());
        for (const Tags::CatalogTagRequest &request : *requests)
            plain.append(request.request);
        const int total = int(plain.size());
        QMetaObject::invokeMethod(this, [this, total] { onBatch({}, 0, total); }, Qt::QueuedConnection);

        QList<TagWriteRow> batch;
        int reported = 0;
        QElapsedTimer sinceBatch;
        sinceBatch.start();
        const auto flush = [&] {
            QMetaObject::invokeMethod(
                this, [this, batch, reported, total] { onBatch(batch, reported, total); },
                Qt::QueuedConnection);
            batch.clear();
            sinceBatch.restart();
        };
        const QList<Tags::TagWriteResult> results = Tags::writeTags(
            plain, dryRun, m_cancel, [&](int done, int, const Tags::TagWriteResult &result) {
                batch.append(rowFor(requests->at(done - 1), result));
                reported = done;
                if (batch.size() >= batchFiles || sinceBatch.elapsed() >= batchMs)
                    flush();
            });
        // The files after a cancel were not looked at: they are listed as such.
        for (qsizetype i = reported; i < results.size(); ++i)
            batch.append(rowFor(requests->at(i), results.at(i)));
        const bool cancelled = reported < total;
        flush();
        QString unrecorded;
        if (!Tags::keepCatalogAnalyses(store, *requests, results, &unrecorded))
            qCWarning(lcTags).noquote() << "the catalog did not record the written files:" << unrecorded;
        store.closeThreadConnection();
        QMetaObject::invokeMethod(
            this, [this, cancelled, unrecorded] { onFinished({}, cancelled, unrecorded); },
            Qt::QueuedConnection);
    });
    m_thread->setObjectName(dryRun ? u"tag-preview"_s : u"tag-write"_s);
    m_thread->start();
    setPhase(dryRun ? Previewing : Writing);
    Q_EMIT progressChanged();
    return true;
}

void TagWriteController::onBatch(const QList<TagWriteRow> &rows, int done, int total)
{
    m_files->append(rows);
    m_done = done;
    m_total = total;
    Q_EMIT progressChanged();
}

void TagWriteController::onFinished(const QString &error, bool cancelled, const QString &unrecorded)
{
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_cancelled = cancelled;
    m_summaryText = describe(error);
    m_needsMasters = error.isEmpty() && !cancelled && m_files->rowCount() == 0;
    m_needsAnalysis = !unrecorded.isEmpty();
    if (m_needsAnalysis) {
        m_summaryText += u" · "_s
            + tr("the catalog could not record the new files (%1): Analyze checks them again")
                  .arg(unrecorded);
    }
    qCInfo(lcTags).noquote() << (m_phase == Previewing ? "tag preview:" : "tag write:") << m_summaryText;
    setPhase(m_phase == Previewing ? Previewed : Written);
    Q_EMIT finished();
}

QString TagWriteController::describe(const QString &error) const
{
    if (!error.isEmpty())
        return tr("Cannot read the catalog: %1").arg(error);
    if (m_files->rowCount() == 0)
        return tr("No master files for these tracks: import them first.");
    QStringList parts;
    const TagWriteListModel &files = *m_files;
    if (m_phase == Previewing) {
        if (files.changingCount() > 0)
            parts.append(tr("%n file(s) to change", nullptr, files.changingCount()));
    } else if (files.writtenCount() > 0) {
        parts.append(tr("%n file(s) written", nullptr, files.writtenCount()));
    }
    if (files.unchangedCount() > 0)
        parts.append(tr("%n unchanged", nullptr, files.unchangedCount()));
    if (files.failedCount() > 0)
        parts.append(m_phase == Previewing ? tr("%n cannot be written", nullptr, files.failedCount())
                                           : tr("%n failed", nullptr, files.failedCount()));
    if (files.cancelledCount() > 0)
        parts.append(m_phase == Previewing
                ? tr("cancelled: %n not checked", nullptr, files.cancelledCount())
                : tr("cancelled: %n not written", nullptr, files.cancelledCount()));
    return parts.join(u" · "_s);
}

} // namespace Imprint
