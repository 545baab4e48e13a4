// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "CatalogAnalysis.h"

#include "FileAnalysis.h"
#include "StemNullTest.h"
#include "audio/AudioLogging.h"
#include "duplicates/Fingerprint.h"
#include "hash/Sha256.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QThreadPool>
#include <QTimeZone>
#include <QWaitCondition>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace Imprint
{

namespace
{

// Text::tr() looks messages up under the context lupdate files them under (a free function
// named tr would be filed under the namespace's name, and found under none at run time).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(CatalogAnalysis)
};

struct Job {
    AnalysisCandidate candidate;
    QString path;
};

struct Outcome {
    qint64 assetId = 0;
    qint64 trackId = 0;
    QString path;
    QString hash; ///< empty: the file could not be read
    qint64 size = 0; ///< the file's stamp, taken before it was hashed
    qint64 mtimeMs = 0;
    bool reused = false; ///< an analysis for this hash exists already
    std::optional<AnalysisRecord> record;
    QString problem; ///< the reason, without the file's path
};

// Errors of the readers start with the file's path, which the problem keeps apart.
QString withoutPath(const QString &error, const QString &path)
{
    return error.startsWith(path + u": "_s) ? error.mid(path.size() + 2) : error;
}

Outcome analyse(const Job &job, const std::atomic_bool &cancel)
{
    Outcome outcome { job.candidate.assetId, job.candidate.trackId, job.path, {}, 0, 0, false, std::nullopt,
        {} };
    const QFileInfo info(job.path);
    outcome.size = info.size();
    outcome.mtimeMs = info.lastModified(QTimeZone::UTC).toMSecsSinceEpoch();
    QString error;
    outcome.hash = fileSha256(job.path, &cancel, &error);
    if (outcome.hash.isEmpty()) {
        outcome.problem = withoutPath(error, job.path);
        return outcome;
    }
    if (job.candidate.analysed && outcome.hash == job.candidate.contentHash) {
        outcome.reused = true; // touched, not changed
        return outcome;
    }
    // Likely duplicates compare masters and mixes only: stems need no fingerprint.
    const bool master = job.candidate.kind == u"master" || job.candidate.kind == u"mix";
    const std::optional<AnalysisResult> result = analyzeFile(job.path, &cancel, &error,
        master ? AudioIdentityParts::HashAndFingerprint : AudioIdentityParts::Hash);
    if (cancel)
        return outcome;
    if (result) {
        outcome.record = toRecord(job.candidate.assetId, outcome.hash, *result);
    } else {
        // Stored too: an undecodable file fails every profile until it changes.
        AnalysisRecord record;
        record.assetId = job.candidate.assetId;
        record.contentHash = outcome.hash;
        record.facts.decoded = false;
        record.facts.decodeError = withoutPath(error, job.path);
        outcome.record = record;
        outcome.problem = record.facts.decodeError;
    }
    return outcome;
}

} // namespace

AnalysisFacts toFacts(const AnalysisResult &r)
{
    AnalysisFacts f;
    f.container = r.container;
    f.sampleRate = r.sampleRate;
    f.bitDepth = r.bitDepth;
    f.channels = r.channels;
    f.durationSeconds = r.durationSeconds;
    f.integratedLufs = r.integratedLufs;
    f.loudnessRangeLu = r.loudnessRangeLu;
    f.samplePeakDbfs = r.samplePeakDbfs;
    f.truePeakDbtp = r.truePeakDbtp;
    f.clipRuns = r.clipRuns;
    f.clippedSamples = r.clippedSamples;
    f.firstClipSeconds = r.firstClipSeconds;
    f.leadingSilenceSeconds = r.leadingSilenceSeconds;
    f.trailingSilenceSeconds = r.trailingSilenceSeconds;
    return f;
}

AnalysisRecord toRecord(qint64 assetId, const QString &contentHash, const AnalysisResult &r)
{
    AnalysisRecord record;
    record.assetId = assetId;
    record.contentHash = contentHash;
    record.facts = toFacts(r);
    record.maxShortTermLufs = r.maxShortTermLufs;
    record.dcOffset = r.dcOffset;
    if (r.hasCorrelation)
        record.correlation = r.correlation;
    record.curveIntervalSeconds = r.curveIntervalSeconds;
    record.curve = r.shortTermCurve;
    record.peakMin = r.peakMin;
    record.peakMax = r.peakMax;
    record.truePeaks = r.truePeaks;
    record.clipStarts.assign(r.clipStartSeconds.begin(), r.clipStartSeconds.end());
    record.audioHash = r.audioHash;
    if (!r.fingerprint.isEmpty())
        record.fingerprint = Fingerprint::encode(r.fingerprint);
    return record;
}

QString fileSha256(const QString &path, const std::atomic_bool *cancel, QString *error)
{
    QString reason;
    const QByteArray digest = Sha256::hashFile(path, &reason, cancel);
    if (digest.isEmpty() && !reason.isEmpty() && error)
        *error = path + u": "_s + reason;
    return QString::fromLatin1(digest.toHex());
}

QString AnalysisProblem::describe() const
{
    return path + u": "_s + reason;
}

QStringList CatalogAnalysisSummary::problemLines() const
{
    QStringList lines;
    lines.reserve(problems.size());
    for (const AnalysisProblem &problem : problems)
        lines.append(problem.describe());
    return lines;
}

QString CatalogAnalysisSummary::describe() const
{
    if (!fatalError.isEmpty())
        return fatalError;
    QStringList parts;
    parts.append(Text::tr("%n file(s) analysed", nullptr, analysed));
    if (upToDate > 0)
        parts.append(Text::tr("%n already up to date", nullptr, upToDate));
    if (undecodable > 0)
        parts.append(Text::tr("%n could not be decoded", nullptr, undecodable));
    if (missing > 0)
        parts.append(Text::tr("%n could not be read", nullptr, missing));
    if (nullTested > 0)
        parts.append(Text::tr("stems of %n track(s) null-tested", nullptr, nullTested));
    QString text = parts.join(u", "_s);
    if (cancelled)
        text += u" "_s + Text::tr("(cancelled)");
    return text;
}

CatalogAnalysis::CatalogAnalysis(const CatalogStore &store)
    : m_store(store)
{
}

CatalogAnalysisSummary CatalogAnalysis::run(const std::atomic_bool &cancel)
{
    CatalogAnalysisSummary summary;
    QElapsedTimer timer;
    timer.start();
    QSqlDatabase db = m_store.connection(&summary.fatalError);
    if (!db.isValid())
        return summary;
    const auto candidates = AnalysisRepository::candidates(db, &summary.fatalError);
    if (!candidates)
        return summary;
    const QString root = m_store.libraryRoot();
    summary.total = int(candidates->size());

    // Unchanged since import and analysed: nothing to read.
    QList<Job> jobs;
    for (const AnalysisCandidate &candidate : *candidates) {
        const QString path = m_store.absoluteAssetPath(root, candidate.relativePath);
        const QFileInfo info(path);
        if (candidate.analysed && info.exists() && info.size() == candidate.size
            && info.lastModified().toMSecsSinceEpoch() == candidate.mtimeMs) {
            ++summary.upToDate;
            continue;
        }
        jobs.append({ candidate, path });
    }

    const int total = int(jobs.size());
    if (m_progress)
        m_progress(0, total, {});

    // Workers take files one by one (long and short files mix well); this thread collects
    // their outcomes and writes them in batches on its own connection.
    QMutex mutex;
    QWaitCondition arrived;
    QList<Outcome> ready;
    std::atomic_int next = 0;
    const int workerCount
        = total == 0 ? 0 : qBound(1, QThreadPool::globalInstance()->maxThreadCount(), total);
    // Counted down by the workers as they end, under the mutex; the loop below must not read it,
    // since a worker can finish every file before the next one is started.
    int running = workerCount;
    QList<QFuture<void>> workers;
    for (int w = 0; w < workerCount; ++w) {
        workers.append(QtConcurrent::run([&] {
            for (;;) {
                const int index = next++;
                if (index >= total || cancel)
                    break;
                Outcome outcome = analyse(jobs.at(index), cancel);
                const QMutexLocker lock(&mutex);
                ready.append(std::move(outcome));
                arrived.wakeAll();
            }
            const QMutexLocker lock(&mutex);
            --running;
            arrived.wakeAll();
        }));
    }

    int done = 0;
    QList<AnalysisRecord> batch;
    QElapsedTimer sinceWrite;
    sinceWrite.start();
    const auto write = [&] {
        if (batch.isEmpty() || !summary.fatalError.isEmpty())
            return;
        if (!AnalysisRepository::save(db, batch, &summary.fatalError))
            qCWarning(lcAudio) << "cannot store analyses:" << summary.fatalError;
        batch.clear();
        sinceWrite.restart();
        if (m_batchWritten)
            m_batchWritten();
    };
    for (;;) {
        QList<Outcome> taken;
        bool finished = false;
        {
            QMutexLocker lock(&mutex);
            if (ready.isEmpty() && running > 0)
                arrived.wait(&mutex, 500);
            taken.swap(ready);
            finished = running == 0 && taken.isEmpty();
        }
        if (finished)
            break;
        for (Outcome &outcome : taken) {
            if (cancel && !outcome.record && !outcome.reused)
                continue; // interrupted mid-file: the next run does it
            ++done;
            if (outcome.hash.isEmpty()) {
                ++summary.missing;
                summary.problems.append({ outcome.path, outcome.problem, outcome.trackId, true });
            } else if (outcome.reused) {
                ++summary.upToDate;
                summary.changedAssets.insert(outcome.assetId);
                QString error;
                if (!AnalysisRepository::setContentHash(
                        db, outcome.assetId, outcome.hash, outcome.size, outcome.mtimeMs, &error))
                    qCWarning(lcAudio) << "cannot store the hash of" << outcome.path << error;
            } else if (outcome.record) {
                ++summary.analysed;
                summary.changedAssets.insert(outcome.assetId);
                summary.audioSeconds += outcome.record->facts.durationSeconds;
                if (!outcome.record->facts.decoded) {
                    ++summary.undecodable;
                    summary.problems.append({ outcome.path, outcome.problem, outcome.trackId, false });
                }
                batch.append(std::move(*outcome.record));
            }
            if (m_progress)
                m_progress(done, total, outcome.path);
        }
        if (batch.size() >= m_batchSize || sinceWrite.elapsed() > 1000)
            write();
    }
    for (QFuture<void> &worker : workers)
        worker.waitForFinished();
    write();
    if (!cancel && summary.fatalError.isEmpty())
        runNullTests(db, cancel, summary);
    summary.cancelled = cancel;
    summary.elapsedMs = timer.elapsed();
    qCInfo(lcAudio) << "catalog analysis:" << summary.analysed << "analysed," << summary.upToDate
                    << "up to date," << summary.problems.size() << "problems in" << summary.elapsedMs << "ms";
    return summary;
}

void CatalogAnalysis::runNullTests(
    QSqlDatabase db, const std::atomic_bool &cancel, CatalogAnalysisSummary &summary)
{
    QString error;
    const auto jobs = AnalysisRepository::nullTestJobs(db, &error);
    if (!jobs) {
        summary.fatalError = error;
        return;
    }
    QList<NullTestJob> stale;
    for (const NullTestJob &job : *jobs) {
        if (!job.current && !job.signature.isEmpty())
            stale.append(job);
    }
    if (stale.isEmpty())
        return;
    const QString root = m_store.libraryRoot();
    const int total = int(stale.size());
    if (m_progress)
        m_progress(0, total, {});
    // A track's files are read side by side; tracks go to all cores.
    std::atomic_int done = 0;
    const std::function<NullTestRecord(const NullTestJob &)> test = [&](const NullTestJob &job) {
        QList<StemInput> stems;
        for (qsizetype i = 0; i < job.stemPaths.size(); ++i)
            stems.append({ job.stemNames.at(i), m_store.absoluteAssetPath(root, job.stemPaths.at(i)) });
        const QString mixPath = m_store.absoluteAssetPath(root, job.mixPath);
        const StemNullTestResult result = nullTestStems(mixPath, stems, &cancel);
        NullTestRecord record;
        record.trackId = job.trackId;
        record.signature = job.signature;
        record.frames = result.frames;
        record.facts.residualDb = result.residualDb;
        if (!result.measured)
            record.facts.error
                = result.error.isEmpty() ? Text::tr("the files could not be compared") : result.error;
        if (m_progress)
            m_progress(++done, total, mixPath);
        return record;
    };
    QList<NullTestRecord> records = QtConcurrent::blockingMapped<QList<NullTestRecord>>(stale, test);
    if (cancel)
        return; // a cancelled test is no result: the next run makes it
    if (!AnalysisRepository::saveNullTests(db, records, &summary.fatalError)) {
        qCWarning(lcAudio) << "cannot store null tests:" << summary.fatalError;
        return;
    }
    summary.nullTested = int(records.size());
    for (const NullTestRecord &record : std::as_const(records))
        summary.nullTestedTracks.insert(record.trackId);
    if (m_batchWritten)
        m_batchWritten();
}

} // namespace Imprint
