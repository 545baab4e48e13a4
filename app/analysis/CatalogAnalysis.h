// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "AnalysisResult.h"
#include "catalog/CatalogStore.h"
#include "quality/AnalysisRepository.h"

#include <QList>
#include <QSet>
#include <QString>

#include <atomic>
#include <functional>

namespace Imprint
{

/// The facts and stored record of one analysis (the models side knows nothing of app/).
AnalysisFacts toFacts(const AnalysisResult &result);
AnalysisRecord toRecord(qint64 assetId, const QString &contentHash, const AnalysisResult &result);

/// SHA-256 of a file's bytes, lower-case hex; empty (and *error set) when it cannot be read.
QString fileSha256(const QString &path, const std::atomic_bool *cancel, QString *error);

/// A file the analysis could not read, or not decode to its end.
struct AnalysisProblem {
    QString path; ///< as this computer has it
    QString reason;
    qint64 trackId = 0; ///< the track the file belongs to; 0: none
    bool unreadable = false; ///< not found or not readable (rather than not decodable)

    QString describe() const; ///< "<file>: <reason>"
};

struct CatalogAnalysisSummary {
    int total = 0; ///< audio assets in the catalog
    int upToDate = 0; ///< already analysed, file unchanged
    int analysed = 0; ///< analysed in this run (including files that could not be decoded)
    int undecodable = 0; ///< of those, files that could not be decoded to their end
    int missing = 0; ///< files not found or unreadable
    int nullTested = 0; ///< tracks whose stems were null-tested against the mix in this run
    bool cancelled = false;
    QString fatalError;
    QList<AnalysisProblem> problems;
    double audioSeconds = 0; ///< of audio analysed
    QSet<qint64> changedAssets; ///< assets whose analysis or content hash this run stored
    QSet<qint64> nullTestedTracks; ///< tracks whose null test this run stored
    qint64 elapsedMs = 0;

    QString describe() const;
    QStringList problemLines() const; ///< each problem described
};

/// Analyses every audio asset of a catalog that has no analysis for its current content, on all
/// cores, and stores the results in batches on the calling thread's connection. A file whose
/// size and time match the import and that has an analysis is not even hashed; any other file
/// is hashed (SHA-256), and analysed only when no analysis exists for that hash. Then the stems
/// of every track whose files changed since their last null test are null-tested against the
/// mix (a second phase with its own progress count).
///
/// Blocking: call it from a worker thread (AnalysisController) or the command line.
class CatalogAnalysis
{
public:
    using Progress = std::function<void(int done, int total, const QString &currentFile)>;
    using BatchWritten = std::function<void()>;

    explicit CatalogAnalysis(const CatalogStore &store);

    void setProgressCallback(Progress progress) { m_progress = std::move(progress); }
    void setBatchCallback(BatchWritten batchWritten) { m_batchWritten = std::move(batchWritten); }
    void setBatchSize(int files) { m_batchSize = qMax(1, files); }

    CatalogAnalysisSummary run(const std::atomic_bool &cancel);
    CatalogStore store() const { return m_store; }

private:
    void runNullTests(QSqlDatabase db, const std::atomic_bool &cancel, CatalogAnalysisSummary &summary);

    CatalogStore m_store;
    Progress m_progress;
    BatchWritten m_batchWritten;
    int m_batchSize = 32;
};

} // namespace Imprint
