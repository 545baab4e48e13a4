// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "TestCatalog.h"

#include "TestBackend.h"

#include "CatalogSession.h"
#include "catalog/ImportWriter.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace Imprint::Test
{

void loadSession(CatalogSession &session)
{
    QSignalSpy reloaded(&session, &CatalogSession::reloaded);
    session.reload();
    QVERIFY(reloaded.wait(5000));
    session.waitForIdle();
}

QList<ImportedFile> generatedFiles(int count)
{
    static const QStringList artists { u"Nova Lark"_s, u"The Quiet Engines"_s, u"Mara Vell"_s };
    static const QStringList releases { u"Glass Harbour"_s, u"Low Voltage"_s, u"Tidal Memory"_s };
    QList<ImportedFile> files;
    for (int i = 0; i < count; ++i) {
        ImportedFile file;
        const int group = i % 3;
        file.title = u"Song %1"_s.arg(i + 1);
        file.version = i % 4 == 3 ? u"Instrumental"_s : QString();
        file.artist = artists.at(group);
        file.album = releases.at(group);
        file.trackNumber = i / 3 + 1;
        file.isrc = u"QZK6H26%1"_s.arg(i + 1, 5, 10, QChar(u'0'));
        file.format = u"FLAC"_s;
        file.sampleRate = 44100;
        file.bitDepth = 16;
        file.channels = 2;
        file.durationMs = (60 + i) * 1000;
        file.relativePath = u"%1/%2/%3.flac"_s.arg(file.artist, file.album, file.title);
        file.size = 1000 + i;
        file.mtimeMs = 1'700'000'000'000 + i;
        files.append(file);
    }
    return files;
}

AnalysisRecord deliverableAnalysis(qint64 assetId)
{
    AnalysisRecord record;
    record.assetId = assetId;
    record.contentHash = QString(64, u'a');
    record.facts.container = QStringLiteral("WAV");
    record.facts.sampleRate = 48000;
    record.facts.bitDepth = 24;
    record.facts.channels = 2;
    record.facts.durationSeconds = 180;
    record.facts.integratedLufs = -14;
    record.facts.loudnessRangeLu = 6;
    record.facts.samplePeakDbfs = -2;
    record.facts.truePeakDbtp = -1.5;
    record.facts.leadingSilenceSeconds = 0.01;
    return record;
}

int scalar(const CatalogStore &store, const QString &sql)
{
    QSqlQuery query(store.connection());
    return query.exec(sql) && query.next() ? query.value(0).toInt() : -1;
}

QString stored(const CatalogStore &store, qint64 id, const QString &column, const QString &table)
{
    QSqlQuery query(store.connection());
    query.prepare(u"SELECT %1 FROM %2 WHERE id = ?"_s.arg(column, table));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return u"<missing>"_s;
    // Not coalesce(column, '<null>'): PostgreSQL will not mix a number and a text.
    return query.isNull(0) ? u"<null>"_s : query.value(0).toString();
}

TestCatalog::TestCatalog(int count)
    : m_store(catalogLocation(m_dir, u"catalog.sqlite"_s))
{
    QString error;
    if (!m_store.open(&error)) {
        qWarning() << "test catalog:" << error;
        return;
    }
    {
        ImportWriter writer(m_store.connection());
        ImportWriter::Counts counts;
        m_valid = writer.writeBatch(generatedFiles(count), &counts, &error) && writer.finish(&error);
    }
    if (!m_valid)
        qWarning() << "test catalog:" << error;
}

TestCatalog::~TestCatalog()
{
    m_store.closeThreadConnection();
    dropCatalog(m_store.path());
}

} // namespace Imprint::Test
