// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "JourneyFixture.h"

#include "TestBackend.h"
#include "archive/PackageWriter.h"
#include "tags/TagWriter.h"

#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QSqlError>
#include <QSqlQuery>
#include <QtMath>

using namespace Qt::StringLiterals;

namespace
{

QString libraryOf(const Imprint::Test::TestCatalog &catalog)
{
    return QDir(catalog.folder()).filePath(u"library"_s);
}

// A 16-bit stereo WAV of a tone at -12 dBFS (440 Hz unless said): long enough for the Streaming
// profile.
bool writeTone(const QString &path, int seconds, double hertz = 440)
{
    constexpr int rate = 44100;
    const quint32 frames = quint32(rate * seconds);
    const quint32 dataBytes = frames * 4;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QDataStream out(&file);
    out.setByteOrder(QDataStream::LittleEndian);
    out.writeRawData("RIFF", 4);
    out << quint32(36 + dataBytes);
    out.writeRawData("WAVEfmt ", 8);
    out << quint32(16) << quint16(1) << quint16(2) << quint32(rate) << quint32(rate * 4) << quint16(4)
        << quint16(16);
    out.writeRawData("data", 4);
    out << dataBytes;
    for (quint32 i = 0; i < frames; ++i) {
        const auto sample = qint16(qRound(0.25 * 32767 * std::sin(2 * M_PI * hertz * i / rate)));
        out << sample << sample;
    }
    return out.status() == QDataStream::Ok;
}

} // namespace

JourneyFixture::JourneyFixture()
{
    QString error;
    QDir().mkpath(libraryOf(m_catalog));
    if (!m_catalog.store().setLibraryRoot(libraryOf(m_catalog), &error))
        qWarning() << error;
    m_session = std::make_unique<Imprint::CatalogSession>(m_catalog.store());
    m_importer = std::make_unique<Imprint::ImportController>();
    m_importer->setSession(m_session.get());
    m_session->reload();
    m_session->waitForIdle();
}

JourneyFixture::~JourneyFixture()
{
    m_session->waitForIdle();
}

QUrl JourneyFixture::makeTake(const QString &title, const QString &artist)
{
    const QString folder = QDir(libraryOf(m_catalog)).filePath(u"takes"_s);
    QDir().mkpath(folder);
    const QString path = QDir(folder).filePath(u"take 3.wav"_s);
    if (!writeTone(path, 35))
        qWarning() << "cannot write" << path;
    Imprint::TagSet tags;
    tags.title = title;
    tags.artists = { artist };
    const std::atomic_bool cancel = false;
    for (const Imprint::Tags::TagWriteResult &result :
        Imprint::Tags::writeTags({ { path, tags, {} } }, false, cancel)) {
        if (!result.ok())
            qWarning() << result.message();
    }
    return QUrl::fromLocalFile(folder);
}

QUrl JourneyFixture::makeCover()
{
    const QString path = QDir(m_catalog.folder()).filePath(u"Night Ferry cover.png"_s);
    QImage cover(3000, 3000, QImage::Format_RGB32);
    cover.fill(QColor(40, 70, 120));
    if (!cover.save(path, "PNG"))
        qWarning() << "cannot write" << path;
    return QUrl::fromLocalFile(path);
}

QUrl JourneyFixture::makeLicence()
{
    const QString path = QDir(m_catalog.folder()).filePath(u"Suno commercial licence.txt"_s);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write("Commercial use licence for Night Ferry, generated 2026-10-01.\n");
    return QUrl::fromLocalFile(path);
}

bool JourneyFixture::recordRightsFacts(qint64 releaseId, qint64 trackId)
{
    m_session->waitForIdle();
    QSqlQuery query(m_catalog.store().connection());
    const qint64 artist = Imprint::Test::scalar(
        m_catalog.store(), u"SELECT primary_artist_id FROM releases WHERE id = %1"_s.arg(releaseId));
    const QStringList statements {
        u"UPDATE releases SET upc = '4006381333931', label = 'Harbour Lights Records', genre = 'Electronic', "
        "language = 'en', explicit = 0, p_line = '2026 Mira Vale', c_line = '2026 Mira Vale' WHERE id = %1"_s
            .arg(releaseId),
        u"UPDATE tracks SET isrc = 'QZK6H2600901', genre = 'Electronic', language = 'en', explicit = 0, "
        "musical_key = 'A minor', mood = 'night', has_vocals = 0 WHERE id = %1"_s.arg(trackId),
        u"INSERT INTO credits(track_id, party_id, role, ai_used) VALUES (%1, %2, 'MainArtist', 1)"_s
            .arg(trackId)
            .arg(artist),
        u"INSERT INTO master_shares(track_id, party_id, share_bp) VALUES (%1, %2, 10000)"_s.arg(trackId).arg(
            artist),
        u"INSERT INTO works(title) VALUES ('Night Ferry')"_s,
        u"INSERT INTO work_shares(work_id, party_id, role, share_bp) VALUES ((SELECT max(id) FROM works), "
        u"%1, "
        "'ComposerLyricist', 10000)"_s.arg(artist),
        u"UPDATE tracks SET work_id = (SELECT max(id) FROM works) WHERE id = %1"_s.arg(trackId),
        u"INSERT INTO provenance(track_id, origin, tool, plan, paid_at_generation, generated_on) "
        "VALUES (%1, 'ai_generated', 'Suno', 'Free', 0, '2026-10-01')"_s.arg(trackId),
        u"INSERT INTO clearance_items(track_id, kind, status) VALUES (%1, 'ai_tool_licence', 'requested')"_s
            .arg(trackId),
    };
    for (const QString &sql : statements) {
        if (!query.exec(sql)) {
            qWarning() << sql << query.lastError().text();
            return false;
        }
    }
    m_session->reload();
    return true;
}

bool JourneyFixture::deliveryMilestoneDone(qint64 releaseId) const
{
    return Imprint::Test::scalar(m_catalog.store(),
               u"SELECT done FROM milestones WHERE release_id = %1 AND template_key = 'delivery'"_s.arg(
                   releaseId))
        == 1;
}

QUrl JourneyFixture::packageUrl(const QString &name) const
{
    return QUrl::fromLocalFile(QDir(m_catalog.folder()).filePath(name));
}

QUrl JourneyFixture::makeOutsideTake(const QString &title)
{
    const QString folder = QDir(m_catalog.folder()).filePath(u"Downloads"_s);
    QDir().mkpath(folder);
    const QString path = QDir(folder).filePath(title + u".wav"_s);
    if (!writeTone(path, 5))
        qWarning() << "cannot write" << path;
    return QUrl::fromLocalFile(folder);
}

QUrl JourneyFixture::makeTextFile(const QString &name, const QString &text)
{
    const QString path = QDir(m_catalog.folder()).filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(text.toUtf8()) < 0)
        qWarning() << "cannot write" << path;
    return QUrl::fromLocalFile(path);
}

QUrl JourneyFixture::makeDuplicateTakes()
{
    const QString folder = QDir(libraryOf(m_catalog)).filePath(u"duplicates"_s);
    QDir().mkpath(folder);
    const QString path = QDir(folder).filePath(u"Sea Glass.wav"_s);
    if (!writeTone(path, 8) || !QFile::copy(path, QDir(folder).filePath(u"Sea Glass (export).wav"_s)))
        qWarning() << "cannot write" << path;
    return QUrl::fromLocalFile(folder);
}

QUrl JourneyFixture::makeStemPack(const QString &name, int seconds)
{
    const QString folder = QDir(m_catalog.folder()).filePath(u"Downloads/"_s + name + u" stems"_s);
    QDir().mkpath(folder);
    Imprint::Archive::PackageRequest request;
    request.outputPath = QDir(m_catalog.folder()).filePath(u"Downloads/"_s + name);
    // Tones apart: stems of the same content would be one stem attached twice.
    for (const auto &[stem, hertz] :
        { std::pair { u"Drums.wav"_s, 220.0 }, std::pair { u"Bass.wav"_s, 55.0 } }) {
        const QString path = QDir(folder).filePath(stem);
        if (!writeTone(path, seconds, hertz))
            qWarning() << "cannot write" << path;
        request.items.append({ path, stem });
    }
    const std::atomic_bool cancel = false;
    const Imprint::Archive::PackageResult result = Imprint::Archive::writePackage(request, cancel);
    if (!result.ok())
        qWarning() << "cannot pack" << request.outputPath << result.error;
    return QUrl::fromLocalFile(request.outputPath);
}

QUrl JourneyFixture::makeAudioFile(const QString &name, int seconds, double hertz)
{
    const QString folder = QDir(m_catalog.folder()).filePath(u"Downloads"_s);
    QDir().mkpath(folder);
    const QString path = QDir(folder).filePath(name);
    if (!writeTone(path, seconds, hertz))
        qWarning() << "cannot write" << path;
    return QUrl::fromLocalFile(path);
}

bool JourneyFixture::libraryHas(const QString &relativePath) const
{
    return QFileInfo(QDir(libraryOf(m_catalog)).filePath(relativePath)).isFile();
}

bool JourneyFixture::spoilLibraryFile(const QString &relativePath, bool remove)
{
    const QString path = QDir(libraryOf(m_catalog)).filePath(relativePath);
    if (remove)
        return QFile::remove(path);
    QFile file(path);
    const QByteArray noAudio(4096, 'Z');
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(noAudio) == noAudio.size();
}

bool JourneyFixture::refuseChangesTo(const QString &table)
{
    // A trigger of each backend's own kind (SqlDialect translates no RAISE).
    const QStringList statements = Imprint::Test::onPostgres()
        ? QStringList { u"CREATE FUNCTION refuse_%1() RETURNS trigger LANGUAGE plpgsql AS "
                        "$$ BEGIN RAISE EXCEPTION 'the disk is full'; END $$"_s.arg(table),
              u"CREATE TRIGGER refuse_%1 BEFORE INSERT OR UPDATE OR DELETE ON %1 "
              "FOR EACH ROW EXECUTE FUNCTION refuse_%1()"_s.arg(table) }
        : QStringList { u"CREATE TRIGGER refuse_insert_%1 BEFORE INSERT ON %1 "
                        "BEGIN SELECT RAISE(ABORT, 'the disk is full'); END"_s.arg(table),
              u"CREATE TRIGGER refuse_update_%1 BEFORE UPDATE ON %1 "
              "BEGIN SELECT RAISE(ABORT, 'the disk is full'); END"_s.arg(table),
              u"CREATE TRIGGER refuse_delete_%1 BEFORE DELETE ON %1 "
              "BEGIN SELECT RAISE(ABORT, 'the disk is full'); END"_s.arg(table) };
    QSqlQuery query(m_catalog.store().connection());
    for (const QString &statement : statements) {
        if (!query.exec(statement)) {
            qWarning() << statement << query.lastError().text();
            return false;
        }
    }
    return true;
}

bool JourneyFixture::moveOutsideLibrary(const QString &relativePath)
{
    const QString name = QFileInfo(relativePath).fileName();
    const QString outside = QDir(m_catalog.folder()).filePath(u"Downloads/"_s + name);
    QFile::remove(outside);
    if (!QFile::rename(QDir(libraryOf(m_catalog)).filePath(relativePath), outside))
        return false;
    QSqlQuery query(m_catalog.store().connection());
    query.prepare(u"UPDATE assets SET rel_path = ? WHERE rel_path = ?"_s);
    query.addBindValue(QString(u"../Downloads/"_s + name));
    query.addBindValue(relativePath);
    if (!query.exec() || query.numRowsAffected() != 1) {
        qWarning() << query.lastError().text();
        return false;
    }
    m_session->reload();
    m_session->waitForIdle();
    return true;
}
