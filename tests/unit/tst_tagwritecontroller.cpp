// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
// "Write Tags" from the GUI: a generated catalog with real FLAC masters. The preview lists the
// catalog's values without touching a file; a write reports a read-only and a vanished file with
// their reasons and writes the others; a second preview finds nothing left to change; a cancel
// mid-way leaves every file either written or byte-identical.
#include "CatalogSession.h"
#include "TestCatalog.h"
#include "audio/AudioFile.h"
#include "audio/AudioIdentity.h"
#include "quality/AnalysisRepository.h"
#include "tags/CatalogTagWrite.h"
#include "tags/TagWriteController.h"
#include "tags/TagWriter.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace Imprint;

namespace
{

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString sha256Of(const QString &path)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytesOf(path), QCryptographicHash::Sha256).toHex());
}

// Noise-like audio, so FLAC keeps the files large enough for a cancel to land between them.
bool writeFlac(const QString &path, double seconds)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return false;
    Audio::PcmFormat format;
    format.container = Audio::Container::Flac;
    std::vector<float> samples(size_t(seconds * format.sampleRate) * 2);
    quint32 state = 2026;
    for (size_t i = 0; i < samples.size(); ++i) {
        state = state * 1103515245u + 12345u;
        samples[i]
            = float(0.25 * std::sin(double(i) * 0.013) + 0.2 * (double(state >> 8) / double(1 << 24) - 0.5));
    }
    QString error;
    if (!Audio::writeAudioFile(path, format, samples, &error)) {
        qWarning() << error;
        return false;
    }
    return true;
}

struct Fixture {
    Test::TestCatalog catalog;
    QTemporaryDir library;
    std::unique_ptr<CatalogSession> session;
    QList<qint64> trackIds; ///< in the order of their masters' paths
    QStringList paths;
    QVariantList ids;

    explicit Fixture(int count)
        : catalog(count)
    {
    }
    ~Fixture()
    {
        if (session)
            session->waitForIdle();
    }

    bool setUp(double seconds)
    {
        QString error;
        if (!catalog.isValid() || !library.isValid()
            || !catalog.store().setLibraryRoot(library.path(), &error))
            return false;
        QSqlQuery query(catalog.store().connection());
        if (!query.exec(u"SELECT track_id, rel_path FROM assets WHERE kind = 'master' ORDER BY rel_path"_s))
            return false;
        while (query.next()) {
            trackIds.append(query.value(0).toLongLong());
            ids.append(query.value(0).toLongLong());
            paths.append(QDir(library.path()).filePath(query.value(1).toString()));
            if (!writeFlac(paths.constLast(), seconds))
                return false;
        }
        session = std::make_unique<CatalogSession>(catalog.store());
        return !paths.isEmpty();
    }

    QList<QByteArray> contents() const
    {
        QList<QByteArray> all;
        for (const QString &path : paths)
            all.append(bytesOf(path));
        return all;
    }

    // Temporary copies the writer might have left next to the masters.
    QStringList leftovers() const
    {
        QStringList found;
        QDirIterator it(
            library.path(), { u".*imprint-*"_s }, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext())
            found.append(it.next());
        return found;
    }
};

const TagWriteRow *rowFor(const TagWriteListModel &model, const QString &path)
{
    for (int i = 0; i < model.rowCount(); ++i) {
        if (model.row(i).path == path)
            return &model.row(i);
    }
    return nullptr;
}

QString changeTo(const TagWriteRow &row, TagField field)
{
    for (const TagChange &change : row.changes) {
        if (change.field == field)
            return change.after;
    }
    return u"<no change>"_s;
}

} // namespace

class TestTagWriteController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void previewListsTheCatalogsValuesAndTouchesNothing()
    {
        Fixture fixture(6);
        QVERIFY(fixture.setUp(0.5));
        const QList<QByteArray> before = fixture.contents();
        TagWriteController controller;
        controller.setSession(fixture.session.get());
        QAbstractItemModelTester tester(
            controller.files(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy finished(&controller, &TagWriteController::finished);
        QVERIFY(!controller.write()); // nothing previewed yet

        // Song 1 and Song 4 (an instrumental), as a selection in the catalog table would give them.
        const qint64 song1 = fixture.trackIds.at(fixture.paths.indexOf(
            QDir(fixture.library.path()).filePath(u"Nova Lark/Glass Harbour/Song 1.flac"_s)));
        const qint64 song4 = fixture.trackIds.at(fixture.paths.indexOf(
            QDir(fixture.library.path()).filePath(u"Nova Lark/Glass Harbour/Song 4.flac"_s)));
        QVERIFY(controller.preview({ song1, song4 }));
        QCOMPARE(controller.phase(), TagWriteController::Previewing);
        QVERIFY(controller.isRunning());
        QVERIFY(!controller.previewAll()); // one job at a time
        QVERIFY(finished.wait(30000));
        QCOMPARE(controller.phase(), TagWriteController::Previewed);
        QCOMPARE(controller.total(), 2);
        QCOMPARE(controller.done(), 2);

        const TagWriteListModel &files = *controller.files();
        QCOMPARE(files.rowCount(), 2);
        QCOMPARE(files.changingCount(), 2);
        QVERIFY(controller.canWrite());
        QVERIFY2(controller.summaryText().startsWith(u"2 file"_s), qPrintable(controller.summaryText()));
        const TagWriteRow *first = rowFor(files, fixture.paths.at(fixture.trackIds.indexOf(song1)));
        QVERIFY(first);
        QCOMPARE(first->trackId, song1);
        QCOMPARE(first->trackTitle, u"Song 1"_s);
        QCOMPARE(first->format, u"FLAC"_s);
        QCOMPARE(first->status, TagWriteRow::Status::WillChange);
        QCOMPARE(changeTo(*first, TagField::Title), u"Song 1"_s);
        QCOMPARE(changeTo(*first, TagField::Artists), u"Nova Lark"_s);
        QCOMPARE(changeTo(*first, TagField::Album), u"Glass Harbour"_s);
        QCOMPARE(changeTo(*first, TagField::Isrc), u"QZK6H2600001"_s);
        QCOMPARE(changeTo(*first, TagField::TrackNumber), u"1"_s);
        const TagWriteRow *fourth = rowFor(files, fixture.paths.at(fixture.trackIds.indexOf(song4)));
        QVERIFY(fourth);
        QCOMPARE(fourth->trackTitle, u"Song 4 (Instrumental)"_s);
        QCOMPARE(changeTo(*fourth, TagField::Version), u"Instrumental"_s);
        QCOMPARE(fixture.contents(), before);

        // The whole catalog, then an empty selection.
        QVERIFY(controller.previewAll());
        QVERIFY(finished.wait(30000));
        QCOMPARE(files.rowCount(), 6);
        QCOMPARE(files.changingCount(), 6);
        QVERIFY(!controller.needsMasters());
        QVERIFY(controller.preview({}));
        QVERIFY(finished.wait(30000));
        QCOMPARE(files.rowCount(), 0);
        QVERIFY(!controller.canWrite());
        QVERIFY(controller.summaryText().contains(u"No master files"_s));
        QVERIFY(controller.needsMasters()); // the dialog offers Import Folder…
        QCOMPARE(fixture.contents(), before);

        controller.reset();
        QCOMPARE(controller.phase(), TagWriteController::Idle);
        QVERIFY(!controller.needsMasters());
        QVERIFY(!controller.write());
    }

    void writeReportsReadOnlyAndVanishedFilesAndWritesTheRest()
    {
        Fixture fixture(6);
        QVERIFY(fixture.setUp(0.5));
        const QString readOnly = fixture.paths.at(1);
        const QString vanished = fixture.paths.at(2);
        QVERIFY(QFile::setPermissions(readOnly, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        QVERIFY(QFile::remove(vanished));
        const QByteArray readOnlyBytes = bytesOf(readOnly);

        TagWriteController controller;
        controller.setSession(fixture.session.get());
        QAbstractItemModelTester tester(
            controller.files(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy finished(&controller, &TagWriteController::finished);
        const TagWriteListModel &files = *controller.files();

        // The preview already names both, with their reasons.
        QVERIFY(controller.preview(fixture.ids));
        QVERIFY(finished.wait(30000));
        QCOMPARE(files.rowCount(), 6);
        QCOMPARE(files.changingCount(), 4);
        QCOMPARE(files.failedCount(), 2);
        QVERIFY2(rowFor(files, readOnly)->reason.contains(u"read-only"_s),
            qPrintable(rowFor(files, readOnly)->reason));
        QVERIFY2(rowFor(files, vanished)->reason.contains(u"does not exist"_s),
            qPrintable(rowFor(files, vanished)->reason));
        QVERIFY(controller.canWrite());

        QVERIFY(controller.write());
        QCOMPARE(controller.phase(), TagWriteController::Writing);
        QVERIFY(finished.wait(60000));
        QCOMPARE(controller.phase(), TagWriteController::Written);
        QVERIFY(!controller.wasCancelled());
        QCOMPARE(files.rowCount(), 6);
        QCOMPARE(files.writtenCount(), 4);
        QCOMPARE(files.failedCount(), 2);
        QVERIFY2(controller.summaryText().startsWith(u"4 file"_s)
                && controller.summaryText().contains(u"2 failed"_s),
            qPrintable(controller.summaryText()));
        const TagWriteRow *readOnlyRow = rowFor(files, readOnly);
        QCOMPARE(readOnlyRow->status, TagWriteRow::Status::Failed);
        QVERIFY2(readOnlyRow->reason.contains(u"read-only"_s), qPrintable(readOnlyRow->reason));
        QCOMPARE(rowFor(files, vanished)->status, TagWriteRow::Status::Failed);
        QVERIFY(rowFor(files, vanished)->reason.contains(u"does not exist"_s));
        QCOMPARE(bytesOf(readOnly), readOnlyBytes);
        QVERIFY(!QFileInfo::exists(vanished));
        QVERIFY2(fixture.leftovers().isEmpty(), qPrintable(fixture.leftovers().join(u", ")));

        for (int i = 0; i < files.rowCount(); ++i) {
            const TagWriteRow &row = files.row(i);
            if (row.status != TagWriteRow::Status::Written)
                continue;
            QString error;
            const std::optional<TagSet> tags = Tags::readFileTags(row.path, &error);
            QVERIFY2(tags, qPrintable(error));
            QVERIFY(row.trackTitle.startsWith(tags->title));
            QCOMPARE(tags->isrc,
                u"QZK6H26%1"_s.arg(row.trackTitle.section(u' ', 1, 1).toInt(), 5, 10, QChar(u'0')));
        }

        // Nothing is left to change but the two that cannot be written.
        QVERIFY(controller.preview(fixture.ids));
        QVERIFY(finished.wait(30000));
        QCOMPARE(files.unchangedCount(), 4);
        QCOMPARE(files.changingCount(), 0);
        QCOMPARE(files.failedCount(), 2);
        QVERIFY(!controller.canWrite());
    }

    // An analysed master's audio hash goes with its request, so its original is not decoded again.
    void eachRequestCarriesTheCatalogsAudioHash()
    {
        Fixture fixture(2);
        QVERIFY(fixture.setUp(0.5));
        QString error;
        const std::optional<QByteArray> analysed = Audio::audioHash(fixture.paths.at(0), &error);
        QVERIFY2(analysed, qPrintable(error));
        QSqlQuery query(fixture.catalog.store().connection());
        query.prepare(u"UPDATE assets SET audio_hash = ? WHERE kind = 'master' AND track_id = ?"_s);
        query.addBindValue(QString::fromLatin1(*analysed));
        query.addBindValue(fixture.trackIds.at(0));
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));

        CatalogTags::Selection selection;
        selection.scope = CatalogTags::Selection::Scope::Tracks;
        selection.trackIds = fixture.trackIds;
        const auto requests = Tags::catalogTagRequests(fixture.catalog.store(), selection, &error);
        QVERIFY2(requests, qPrintable(error));
        QCOMPARE(requests->size(), 2);
        QCOMPARE(requests->at(0).request.path, fixture.paths.at(0));
        QCOMPARE(requests->at(0).request.knownAudioHash, *analysed);
        QVERIFY(requests->at(1).request.knownAudioHash.isEmpty());
    }

    // A master keeps its analysis for its new bytes when the write proves its audio is the one
    // analysed: the copy decodes to the catalog's audio hash (any format but M4A), or the
    // original had the bytes the analysis read (any format). A master changed since its analysis,
    // known by neither, is analysed again.
    void writtenMastersKeepTheirAnalyses()
    {
        Fixture fixture(3);
        QVERIFY(fixture.setUp(0.5));
        QSqlDatabase db = fixture.catalog.store().connection();
        QList<qint64> assets;
        QSqlQuery query(db);
        QVERIFY(query.exec(u"SELECT id FROM assets WHERE kind = 'master' ORDER BY rel_path"_s));
        while (query.next())
            assets.append(query.value(0).toLongLong());
        QCOMPARE(assets.size(), 3);
        QList<AnalysisRecord> records;
        for (int i = 0; i < 3; ++i) {
            AnalysisRecord record;
            record.assetId = assets.at(i);
            record.facts.decoded = true;
            record.facts.integratedLufs = -14.5;
            if (i == 0) {
                QString error;
                const auto audio = Audio::audioHash(fixture.paths.at(i), &error);
                QVERIFY2(audio, qPrintable(error));
                record.audioHash = QString::fromLatin1(*audio);
            }
            // The third was re-exported since its analysis: other bytes, no audio hash known.
            record.contentHash = i == 2 ? QString(64, u'0') : sha256Of(fixture.paths.at(i));
            records.append(record);
        }
        QString error;
        QVERIFY2(AnalysisRepository::save(db, records, &error), qPrintable(error));

        TagWriteController controller;
        controller.setSession(fixture.session.get());
        QSignalSpy finished(&controller, &TagWriteController::finished);
        QVERIFY(controller.writeTracks(fixture.ids));
        QVERIFY(finished.wait(60000));
        QCOMPARE(controller.files()->writtenCount(), 3);

        QVERIFY(query.exec(u"SELECT s.content_hash, s.size, a.integrated_lufs FROM assets s "
                           "LEFT JOIN analyses a ON a.asset_id = s.id AND a.content_hash = s.content_hash "
                           "WHERE s.kind = 'master' ORDER BY s.rel_path"_s));
        for (int i = 0; i < 2; ++i) {
            QVERIFY(query.next());
            const QString written = sha256Of(fixture.paths.at(i));
            QVERIFY(written != records.at(i).contentHash);
            QCOMPARE(query.value(0).toString(), written);
            QCOMPARE(query.value(1).toLongLong(), QFileInfo(fixture.paths.at(i)).size());
            QCOMPARE(query.value(2).toDouble(), -14.5);
        }
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), records.at(2).contentHash); // still the old bytes
    }

    void cancelMidWayLeavesTheRestByteIdentical()
    {
        Fixture fixture(8);
        QVERIFY(fixture.setUp(15));
        const QList<QByteArray> before = fixture.contents();
        TagWriteController controller;
        controller.setSession(fixture.session.get());
        QAbstractItemModelTester tester(
            controller.files(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy finished(&controller, &TagWriteController::finished);

        // Cancelled as the write starts: progress reaches this thread in batches (every 100 ms),
        // and on every core eight small files can all be written before the first batch comes,
        // so a cancel on the first progress could come too late. The files the cancel kept
        // from starting (at least the last ones) must be left as they were.
        QVERIFY(controller.writeTracks(fixture.ids));
        controller.cancel();
        QVERIFY(finished.wait(120000));
        QVERIFY(controller.wasCancelled());
        const TagWriteListModel &files = *controller.files();
        QCOMPARE(files.rowCount(), 8);
        QVERIFY(files.cancelledCount() >= 1);
        QCOMPARE(files.writtenCount() + files.cancelledCount(), 8);
        QVERIFY2(controller.summaryText().contains(u"cancelled"_s), qPrintable(controller.summaryText()));
        for (int i = 0; i < fixture.paths.size(); ++i) {
            const TagWriteRow *row = rowFor(files, fixture.paths.at(i));
            QVERIFY(row);
            if (row->status == TagWriteRow::Status::Cancelled) {
                QVERIFY2(bytesOf(fixture.paths.at(i)) == before.at(i), qPrintable(fixture.paths.at(i)));
            } else {
                QCOMPARE(row->status, TagWriteRow::Status::Written);
                QString error;
                const std::optional<TagSet> tags = Tags::readFileTags(row->path, &error);
                QVERIFY2(tags, qPrintable(error));
                QVERIFY(!tags->isrc.isEmpty() && row->trackTitle.startsWith(tags->title));
            }
        }
        QVERIFY2(fixture.leftovers().isEmpty(), qPrintable(fixture.leftovers().join(u", ")));
    }
};

QTEST_GUILESS_MAIN(TestTagWriteController)

#include "tst_tagwritecontroller.moc"
