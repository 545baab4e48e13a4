// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "Migrations.h"

#include "catalog/SqlDialect.h"
#include "catalog/SqlTransaction.h"
#include "catalog/TeamRoles.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <span>

using namespace Qt::StringLiterals;

namespace Imprint::Migrations
{

namespace
{

// Each migration is a list of statements applied in one transaction. Never edit a
// migration that has shipped; add a new one. Statements are written for SQLite with markers
// for what PostgreSQL spells differently ({now}, {id}, …; SqlDialect::schema expands them).
//
// Version 1: the foundation. Parties, releases, tracks (recordings, one row per version),
// their order on releases, and assets (files under the library root). Later migrations add
// works, credits, splits, provenance, clearance and milestones (DESIGN.md §3).
constexpr const char *version1[] = {
    R"(CREATE TABLE settings (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL))",
    R"(CREATE TABLE parties (
        id         {id},
        name       TEXT NOT NULL CHECK (length(trim(name)) > 0),
        sort_name  TEXT,
        isni       TEXT,
        ipi        TEXT,
        pro        TEXT,
        contact    TEXT,
        notes      TEXT,
        created_at TEXT NOT NULL DEFAULT ({now})))",
    R"(CREATE INDEX parties_name ON parties({nocase:name}))",
    R"(CREATE TABLE releases (
        id                    {id},
        title                 TEXT NOT NULL,
        release_type          TEXT CHECK (release_type IN ('single', 'ep', 'album', 'compilation')),
        primary_artist_id     INTEGER REFERENCES parties(id) ON DELETE SET NULL,
        label                 TEXT,
        catalog_number        TEXT,
        upc                   TEXT,
        release_date          TEXT,
        original_release_date TEXT,
        genre                 TEXT,
        language              TEXT,
        p_line                TEXT,
        c_line                TEXT,
        explicit              INTEGER CHECK (explicit IN (0, 1)),
        territories           TEXT,
        distributor           TEXT,
        status                TEXT NOT NULL DEFAULT 'idea' CHECK (status IN
                                  ('idea', 'in_production', 'ready', 'scheduled', 'delivered', 'released')),
        artwork_asset_id      INTEGER {sqlite:REFERENCES assets(id) ON DELETE SET NULL},
        created_at            TEXT NOT NULL DEFAULT ({now}),
        updated_at            TEXT NOT NULL DEFAULT ({now})))",
    R"(CREATE INDEX releases_artist ON releases(primary_artist_id))",
    R"(CREATE TABLE tracks (
        id                {id},
        title             TEXT NOT NULL,
        version           TEXT NOT NULL DEFAULT '',
        primary_artist_id INTEGER REFERENCES parties(id) ON DELETE SET NULL,
        display_artist    TEXT NOT NULL DEFAULT '',
        isrc              TEXT UNIQUE,
        original_track_id INTEGER REFERENCES tracks(id) ON DELETE SET NULL,
        duration_ms       INTEGER,
        bpm               REAL,
        musical_key       TEXT,
        mood              TEXT,
        genre             TEXT,
        language          TEXT,
        lyrics            TEXT,
        explicit          INTEGER CHECK (explicit IN (0, 1)),
        has_vocals        INTEGER CHECK (has_vocals IN (0, 1)),
        created_at        TEXT NOT NULL DEFAULT ({now}),
        updated_at        TEXT NOT NULL DEFAULT ({now})))",
    R"(CREATE INDEX tracks_identity ON tracks(primary_artist_id, title, version))",
    R"(CREATE TABLE release_tracks (
        release_id   INTEGER NOT NULL REFERENCES releases(id) ON DELETE CASCADE,
        track_id     INTEGER NOT NULL REFERENCES tracks(id) ON DELETE CASCADE,
        disc_number  INTEGER NOT NULL DEFAULT 1 CHECK (disc_number >= 1),
        track_number INTEGER CHECK (track_number >= 1),
        PRIMARY KEY (release_id, track_id)))",
    R"(CREATE INDEX release_tracks_track ON release_tracks(track_id))",
    R"(CREATE TABLE assets (
        id           {id},
        rel_path     TEXT NOT NULL UNIQUE,
        kind         TEXT NOT NULL CHECK (kind IN ('master', 'mix', 'stem', 'instrumental', 'cutdown',
                                                   'artwork', 'document')),
        stem_type    TEXT,
        track_id     INTEGER REFERENCES tracks(id) ON DELETE SET NULL,
        release_id   INTEGER REFERENCES releases(id) ON DELETE SET NULL,
        size         INTEGER NOT NULL,
        mtime_ms     INTEGER NOT NULL,
        content_hash TEXT,
        format       TEXT,
        sample_rate  INTEGER,
        bit_depth    INTEGER,
        channels     INTEGER,
        duration_ms  INTEGER,
        bitrate_kbps INTEGER,
        width        INTEGER,
        height       INTEGER,
        imported_at  TEXT NOT NULL DEFAULT ({now})))",
    // PostgreSQL knows no reference to a table not created yet: releases gets it now.
    R"({postgres:ALTER TABLE releases ADD FOREIGN KEY (artwork_asset_id) REFERENCES assets(id)
        ON DELETE SET NULL})",
    R"(CREATE INDEX assets_track ON assets(track_id, kind))",
    R"(CREATE INDEX assets_release ON assets(release_id))",
};

// The rest of the catalog model (DESIGN.md §3, issue 3): compositions (works) with writers'
// publishing shares, credits with roles and AI use, master ownership splits, and the links from
// recordings to their work and original. Shares are integer basis points (10 000 = 100 %).
constexpr const char *catalogModel[] = {
    R"(CREATE TABLE works (
        id         {id},
        title      TEXT NOT NULL CHECK (length(trim(title)) > 0),
        iswc       TEXT UNIQUE,
        notes      TEXT,
        created_at TEXT NOT NULL DEFAULT ({now})))",
    R"(ALTER TABLE tracks ADD COLUMN work_id INTEGER REFERENCES works(id) ON DELETE SET NULL)",
    R"(CREATE INDEX tracks_work ON tracks(work_id))",
    R"(CREATE TABLE work_shares (
        work_id       INTEGER NOT NULL REFERENCES works(id) ON DELETE CASCADE,
        party_id      INTEGER NOT NULL REFERENCES parties(id) ON DELETE RESTRICT,
        role          TEXT NOT NULL CHECK (role IN ('Composer', 'Lyricist', 'ComposerLyricist', 'Arranger',
                                                    'Adapter', 'Translator', 'OriginalPublisher', 'SubPublisher')),
        share_bp      INTEGER NOT NULL CHECK (share_bp BETWEEN 0 AND 10000),
        PRIMARY KEY (work_id, party_id, role)))",
    R"(CREATE TABLE credits (
        id         {id},
        track_id   INTEGER NOT NULL REFERENCES tracks(id) ON DELETE CASCADE,
        party_id   INTEGER NOT NULL REFERENCES parties(id) ON DELETE RESTRICT,
        role       TEXT NOT NULL CHECK (length(trim(role)) > 0),
        instrument TEXT,
        ai_used    INTEGER NOT NULL DEFAULT 0 CHECK (ai_used IN (0, 1)),
        position   INTEGER NOT NULL DEFAULT 0,
        UNIQUE (track_id, party_id, role, instrument)))",
    R"(CREATE INDEX credits_party ON credits(party_id))",
    R"(CREATE TABLE master_shares (
        track_id INTEGER NOT NULL REFERENCES tracks(id) ON DELETE CASCADE,
        party_id INTEGER NOT NULL REFERENCES parties(id) ON DELETE RESTRICT,
        share_bp INTEGER NOT NULL CHECK (share_bp BETWEEN 0 AND 10000),
        PRIMARY KEY (track_id, party_id)))",
};

// Version 3: release planning (DESIGN.md §7). Milestones per release, derived from a template
// per release type; dates are ISO 8601 calendar days (yyyy-MM-dd), which sort as text.
// Templates are JSON documents (ScheduleTemplate::toJson), one per release type; a type without
// a row uses the built-in defaults.
constexpr const char *releasePlanning[] = {
    R"(CREATE TABLE schedule_templates (
        release_type TEXT PRIMARY KEY CHECK (release_type IN ('single', 'ep', 'album', 'compilation')),
        definition   TEXT NOT NULL CHECK ({json:definition}),
        updated_at   TEXT NOT NULL DEFAULT ({now})))",
    R"(CREATE TABLE milestones (
        id           {id},
        release_id   INTEGER NOT NULL REFERENCES releases(id) ON DELETE CASCADE,
        template_key TEXT NOT NULL DEFAULT '',
        name         TEXT NOT NULL CHECK (length(trim(name)) > 0),
        due_date     TEXT NOT NULL CHECK ({day:due_date}),
        hard_limit   TEXT CHECK ({day:hard_limit}),
        required     INTEGER NOT NULL DEFAULT 0 CHECK (required IN (0, 1)),
        done         INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
        derived      INTEGER NOT NULL DEFAULT 1 CHECK (derived IN (0, 1)),
        notes        TEXT NOT NULL DEFAULT '',
        created_at   TEXT NOT NULL DEFAULT ({now}),
        updated_at   TEXT NOT NULL DEFAULT ({now})))",
    R"(CREATE INDEX milestones_release ON milestones(release_id, due_date))",
    R"(CREATE INDEX milestones_due ON milestones(due_date) WHERE done = 0)",
    R"(CREATE INDEX releases_date ON releases(release_date))",
};

// Deliveries (DESIGN.md §8): every package made for a release, for its delivery history.
// warnings holds the preflight issues the user exported anyway, as a JSON array of strings.
constexpr const char *deliveries[] = {
    R"(CREATE TABLE deliveries (
        id         {id},
        release_id INTEGER NOT NULL REFERENCES releases(id) ON DELETE CASCADE,
        profile    TEXT NOT NULL CHECK (length(trim(profile)) > 0),
        file       TEXT NOT NULL,
        size       INTEGER NOT NULL CHECK (size >= 0),
        sha256     TEXT NOT NULL CHECK (length(sha256) = 64),
        warnings   TEXT NOT NULL DEFAULT '[]' CHECK ({json:warnings}),
        created_at TEXT NOT NULL DEFAULT ({now})))",
    R"(CREATE INDEX deliveries_release ON deliveries(release_id, created_at))",
};

// Version 6: rights (DESIGN.md §3 and §6, issue 6). Per recording: AI provenance, the human
// contributions per element with their evidence documents, and clearance items; plus the terms
// of AI tools as data, so a generation is judged against the terms in force on its date.
// Dates are ISO 8601 calendar days (yyyy-MM-dd). The seeded terms are examples, flagged so the
// user confirms them against the vendor's current terms before relying on a verdict.
constexpr const char *rights[] = {
    R"(CREATE TABLE provenance (
        track_id           INTEGER PRIMARY KEY REFERENCES tracks(id) ON DELETE CASCADE,
        origin             TEXT NOT NULL CHECK (origin IN ('human', 'ai_assisted', 'ai_generated')),
        tool               TEXT NOT NULL DEFAULT '',
        model_version      TEXT NOT NULL DEFAULT '',
        plan               TEXT NOT NULL DEFAULT '',
        paid_at_generation INTEGER CHECK (paid_at_generation IN (0, 1)),
        generated_on       TEXT CHECK ({day:generated_on}),
        song_id            TEXT NOT NULL DEFAULT '',
        prompt             TEXT NOT NULL DEFAULT '',
        stems              TEXT CHECK (stems IN ('native', 'separated', 'none')),
        is_cover           INTEGER NOT NULL DEFAULT 0 CHECK (is_cover IN (0, 1)),
        voice_likeness     TEXT NOT NULL DEFAULT 'none' CHECK (voice_likeness IN
                               ('none', 'own_voice', 'consent_given', 'no_consent')),
        voice_consent_asset_id INTEGER REFERENCES assets(id) ON DELETE SET NULL,
        notes              TEXT NOT NULL DEFAULT '',
        updated_at         TEXT NOT NULL DEFAULT ({now})))",
    R"(CREATE TABLE provenance_inputs (
        id             {id},
        track_id       INTEGER NOT NULL REFERENCES tracks(id) ON DELETE CASCADE,
        description    TEXT NOT NULL CHECK (length(trim(description)) > 0),
        owner_party_id INTEGER REFERENCES parties(id) ON DELETE RESTRICT,
        asset_id       INTEGER REFERENCES assets(id) ON DELETE SET NULL))",
    R"(CREATE INDEX provenance_inputs_track ON provenance_inputs(track_id))",
    R"(CREATE TABLE human_contributions (
        id          {id},
        track_id    INTEGER NOT NULL REFERENCES tracks(id) ON DELETE CASCADE,
        element     TEXT NOT NULL CHECK (element IN ('lyrics', 'melody', 'arrangement', 'performance',
                                                     'mix', 'master')),
        party_id    INTEGER REFERENCES parties(id) ON DELETE RESTRICT,
        description TEXT NOT NULL DEFAULT '',
        made_on     TEXT CHECK ({day:made_on}),
        UNIQUE (track_id, element, party_id)))",
    R"(CREATE TABLE contribution_evidence (
        contribution_id INTEGER NOT NULL REFERENCES human_contributions(id) ON DELETE CASCADE,
        asset_id        INTEGER NOT NULL REFERENCES assets(id) ON DELETE CASCADE,
        PRIMARY KEY (contribution_id, asset_id)))",
    R"(CREATE TABLE clearance_items (
        id                {id},
        track_id          INTEGER NOT NULL REFERENCES tracks(id) ON DELETE CASCADE,
        kind              TEXT NOT NULL CHECK (kind IN ('master_ownership', 'publishing', 'sample',
                              'ai_tool_licence', 'featured_artist', 'artwork_licence',
                              'mechanical_licence', 'other')),
        counterparty_id   INTEGER REFERENCES parties(id) ON DELETE RESTRICT,
        status            TEXT NOT NULL DEFAULT 'missing' CHECK (status IN ('not_needed', 'missing',
                              'requested', 'pending', 'cleared', 'rejected', 'expired')),
        document_asset_id INTEGER REFERENCES assets(id) ON DELETE SET NULL,
        territory         TEXT NOT NULL DEFAULT '',
        valid_from        TEXT CHECK ({day:valid_from}),
        valid_until       TEXT CHECK ({day:valid_until}),
        notes             TEXT NOT NULL DEFAULT '',
        updated_at        TEXT NOT NULL DEFAULT ({now}),
        CHECK (valid_from IS NULL OR valid_until IS NULL OR valid_until >= valid_from)))",
    R"(CREATE INDEX clearance_items_track ON clearance_items(track_id))",
    R"(CREATE INDEX clearance_items_status ON clearance_items(status, valid_until))",
    R"(CREATE TABLE ai_tool_terms (
        id             {id},
        tool           TEXT NOT NULL CHECK (length(trim(tool)) > 0),
        plan           TEXT NOT NULL CHECK (length(trim(plan)) > 0),
        commercial_use INTEGER NOT NULL CHECK (commercial_use IN (0, 1)),
        ownership      TEXT NOT NULL CHECK (ownership IN ('user', 'vendor', 'licensed')),
        recorded_on    TEXT NOT NULL CHECK ({day:recorded_on}),
        valid_from     TEXT NOT NULL CHECK ({day:valid_from}),
        valid_until    TEXT CHECK ({day:valid_until}),
        source         TEXT NOT NULL DEFAULT '',
        example        INTEGER NOT NULL DEFAULT 0 CHECK (example IN (0, 1)),
        UNIQUE (tool, plan, valid_from),
        CHECK (valid_until IS NULL OR valid_until >= valid_from)))",
    // Examples only (example = 1): summaries of published terms as read on recorded_on. The
    // user must confirm them; the rights page says so next to every verdict that uses one.
    R"(INSERT INTO ai_tool_terms(tool, plan, commercial_use, ownership, recorded_on, valid_from,
                                 valid_until, source, example) VALUES
        ('Suno', 'Basic (free)', 0, 'vendor', '2026-01-15', '2023-12-20', NULL,
         'Example: free plan, vendor keeps ownership, non-commercial use only; subscribing later is not retroactive.', 1),
        ('Suno', 'Pro', 1, 'user', '2026-01-15', '2023-12-20', NULL,
         'Example: songs made while subscribed are owned by the subscriber, commercial use allowed.', 1),
        ('Suno', 'Premier', 1, 'user', '2026-01-15', '2024-05-01', NULL,
         'Example: as Pro.', 1),
        ('Udio', 'Free', 0, 'vendor', '2026-01-15', '2024-04-10', NULL,
         'Example: personal, non-commercial use.', 1),
        ('Udio', 'Standard', 1, 'licensed', '2026-01-15', '2024-04-10', '2025-10-28',
         'Example: commercial use licensed while subscribed, ownership not transferred.', 1),
        ('Udio', 'Standard', 0, 'vendor', '2026-01-15', '2025-10-29', NULL,
         'Example: terms of November 2025, personal non-commercial use by default.', 1))",
    R"(CREATE INDEX ai_tool_terms_lookup ON ai_tool_terms(tool, plan, valid_from))",
};

// Audio checks (DESIGN.md §5, issue 4): one analysis per asset and content hash (SHA-256 of the
// file), so an unchanged file is never analysed twice; levels of digital silence are NULL. The
// short-term loudness curve and waveform peaks are little-endian float32 arrays. Delivery
// profiles are JSON documents (QualityProfile::toJson); a key without a row uses the default.
constexpr const char *audioChecks[] = {
    R"(CREATE TABLE analyses (
        asset_id            INTEGER NOT NULL REFERENCES assets(id) ON DELETE CASCADE,
        content_hash        TEXT NOT NULL CHECK (length(content_hash) = 64),
        decoded             INTEGER NOT NULL CHECK (decoded IN (0, 1)),
        error               TEXT,
        container           TEXT,
        sample_rate         INTEGER,
        bit_depth           INTEGER,
        channels            INTEGER,
        duration_s          REAL,
        integrated_lufs     REAL,
        loudness_range_lu   REAL,
        max_short_term_lufs REAL,
        sample_peak_dbfs    REAL,
        true_peak_dbtp      REAL,
        clip_runs           INTEGER,
        clipped_samples     INTEGER,
        first_clip_s        REAL,
        dc_offset           REAL,
        leading_silence_s   REAL,
        trailing_silence_s  REAL,
        correlation         REAL,
        curve_interval_s    REAL,
        curve               BLOB,
        peak_min            BLOB,
        peak_max            BLOB,
        analysed_at         TEXT NOT NULL DEFAULT ({now}),
        PRIMARY KEY (asset_id, content_hash)))",
    R"(CREATE TABLE quality_profiles (
        key        TEXT PRIMARY KEY CHECK (length(trim(key)) > 0),
        position   INTEGER NOT NULL DEFAULT 0,
        definition TEXT NOT NULL CHECK ({json:definition}),
        updated_at TEXT NOT NULL DEFAULT ({now})))",
};

// Stem null tests (DESIGN.md §5, issue 4): the residual of (mix − Σ stems) per track, relative to
// the mix in dB (NULL for an exact null or when the test could not be made, see error), for the
// files whose content hashes make up the signature; new or changed files make it stale.
constexpr const char *stemNullTests[] = {
    R"(CREATE TABLE stem_null_tests (
        track_id    INTEGER PRIMARY KEY REFERENCES tracks(id) ON DELETE CASCADE,
        signature   TEXT NOT NULL,
        residual_db REAL,
        error       TEXT,
        frames      INTEGER NOT NULL DEFAULT 0,
        tested_at   TEXT NOT NULL DEFAULT ({now})))",
};

// Credits are unique per track, party, role and instrument. The UNIQUE constraint of version 2
// never fired for credits without an instrument (NULLs are distinct in SQL), so duplicates could
// be stored; they are merged (keeping AI use if any copy had it) and an index on the instrument
// with NULL read as '' enforces the rule from now on.
constexpr const char *uniqueCredits[] = {
    R"(UPDATE credits SET ai_used = 1 WHERE ai_used = 0 AND EXISTS (
        SELECT 1 FROM credits other
        WHERE other.track_id = credits.track_id AND other.party_id = credits.party_id
          AND other.role = credits.role AND coalesce(other.instrument, '') = coalesce(credits.instrument, '')
          AND other.ai_used = 1))",
    R"(DELETE FROM credits WHERE id NOT IN (
        SELECT min(id) FROM credits GROUP BY track_id, party_id, role, coalesce(instrument, '')))",
    R"(CREATE UNIQUE INDEX credits_identity ON credits(track_id, party_id, role, coalesce(instrument, '')))",
};

// Rights, part two (issue 6): what was uploaded to the AI tool and whether the user may use it
// (their own material, licensed with the licence as the input's document, public domain, not
// permitted, or not known yet), and whether an AI tool's plan is a paid one, so a provenance
// record that says otherwise is noticed. The seeded examples get their plans' answer.
constexpr const char *uploadedInputs[] = {
    R"(ALTER TABLE provenance_inputs ADD COLUMN kind TEXT NOT NULL DEFAULT 'audio'
        CHECK (kind IN ('audio', 'lyrics', 'melody', 'image', 'other')))",
    R"(ALTER TABLE provenance_inputs ADD COLUMN permission TEXT NOT NULL DEFAULT 'unknown'
        CHECK (permission IN ('own', 'licensed', 'public_domain', 'not_permitted', 'unknown')))",
    R"(ALTER TABLE provenance_inputs ADD COLUMN notes TEXT NOT NULL DEFAULT '')",
    R"(ALTER TABLE ai_tool_terms ADD COLUMN paid INTEGER CHECK (paid IN (0, 1)))",
    R"(UPDATE ai_tool_terms SET paid = CASE WHEN plan IN ('Basic (free)', 'Free') THEN 0 ELSE 1 END
        WHERE example = 1)",
};

// Reading one track (the track pane, each track of a release preflight) through indexes: the
// instrumental versions of a track are found by their original or by their title as SQLite
// folds it, instead of by a scan of every track.
constexpr const char *oneTrackReads[] = {
    R"(CREATE INDEX tracks_original ON tracks(original_track_id))",
    R"(CREATE INDEX tracks_title_folded ON tracks(lower(title)))",
};

// Where a track goes over (issue 13, the Quality pane's picture): the true peak of each waveform
// bucket and the times where clipping runs start, both little-endian float32 arrays. NULL in
// analyses made before, which count as not analysed so the next analysis run measures them.
constexpr const char *overMarkers[] = {
    R"(ALTER TABLE analyses ADD COLUMN true_peaks BLOB)",
    R"(ALTER TABLE analyses ADD COLUMN clip_starts BLOB)",
};

// `imprint tracks --search` in SQL (issue 18): each track's case-folded search key, filled in
// C++ (TrackSearchText; SQL cannot fold Unicode case). These triggers clear it whenever a field
// it is made of changes, whoever writes; cleared rows are found through the partial index.
// Written once, as SQLite triggers; on PostgreSQL SqlDialect::schema turns each into a PL/pgSQL
// function and the row trigger that calls it.
constexpr const char *trackSearchText[] = {
    R"(ALTER TABLE tracks ADD COLUMN search_text TEXT)",
    R"(CREATE INDEX tracks_search_stale ON tracks(id) WHERE search_text IS NULL)",
    R"(CREATE TRIGGER tracks_search_fields AFTER UPDATE OF title, display_artist, version, isrc ON tracks
        BEGIN UPDATE tracks SET search_text = NULL WHERE id = NEW.id; END)",
    R"(CREATE TRIGGER releases_search_title AFTER UPDATE OF title ON releases
        BEGIN UPDATE tracks SET search_text = NULL
              WHERE id IN (SELECT track_id FROM release_tracks WHERE release_id = NEW.id); END)",
    R"(CREATE TRIGGER release_tracks_search_added AFTER INSERT ON release_tracks
        BEGIN UPDATE tracks SET search_text = NULL WHERE id = NEW.track_id; END)",
    R"(CREATE TRIGGER release_tracks_search_removed AFTER DELETE ON release_tracks
        BEGIN UPDATE tracks SET search_text = NULL WHERE id = OLD.track_id; END)",
    R"(CREATE TRIGGER release_tracks_search_moved AFTER UPDATE OF release_id, track_id ON release_tracks
        BEGIN UPDATE tracks SET search_text = NULL WHERE id IN (OLD.track_id, NEW.track_id); END)",
};

// Files that move keep their track; near-duplicate takes are found (issue 15, item 3): per audio
// file the hash of its decoded samples (a rename or retag keeps it) and its Chromaprint
// fingerprint (models/duplicates/Fingerprint), NULL for files imported before; and the pairs of
// tracks the user said are not duplicates, kept with the smaller id first.
constexpr const char *audioIdentity[] = {
    R"(ALTER TABLE assets ADD COLUMN audio_hash TEXT)",
    R"(ALTER TABLE assets ADD COLUMN fingerprint TEXT)",
    R"(CREATE INDEX assets_audio_hash ON assets(audio_hash))",
    R"(CREATE TABLE distinct_tracks (
        track_a    INTEGER NOT NULL REFERENCES tracks(id) ON DELETE CASCADE,
        track_b    INTEGER NOT NULL REFERENCES tracks(id) ON DELETE CASCADE,
        decided_at TEXT NOT NULL DEFAULT ({now}),
        PRIMARY KEY (track_a, track_b),
        CHECK (track_a < track_b)))",
};

// Other people's changes show in open views (issue 16, item 3): on a team catalog every change
// to a table the views show is announced on the channel imprint_changes when it commits, as
// "client table track release asset work" (the ids the row holds, empty where it has none;
// client is the writer's imprint.client setting, CatalogStore::clientId, so a client can
// tell its own changes). Files have one client at a time and nothing to listen to.
constexpr const char *changeFeed[] = {
    R"({postgres:CREATE FUNCTION imprint_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE
            changed jsonb[] := CASE TG_OP WHEN 'INSERT' THEN ARRAY[to_jsonb(NEW)]
                                          WHEN 'DELETE' THEN ARRAY[to_jsonb(OLD)]
                                          ELSE ARRAY[to_jsonb(OLD), to_jsonb(NEW)] END;
            r jsonb;
        BEGIN
            -- The search text is derived, filled in by whoever searches next: nothing to show.
            IF TG_OP = 'UPDATE' AND to_jsonb(NEW) - 'search_text' = to_jsonb(OLD) - 'search_text' THEN
                RETURN NULL;
            END IF;
            FOREACH r IN ARRAY changed LOOP
                PERFORM pg_notify('imprint_changes', concat_ws(' ',
                    coalesce(current_setting('imprint.client', true), ''), TG_TABLE_NAME,
                    coalesce(r->>'track_id', CASE WHEN TG_TABLE_NAME = 'tracks' THEN r->>'id' END, ''),
                    coalesce(r->>'release_id', CASE WHEN TG_TABLE_NAME = 'releases' THEN r->>'id' END, ''),
                    coalesce(r->>'asset_id', CASE WHEN TG_TABLE_NAME = 'assets' THEN r->>'id' END, ''),
                    coalesce(r->>'work_id', CASE WHEN TG_TABLE_NAME = 'works' THEN r->>'id' END, '')));
            END LOOP;
            RETURN NULL;
        END $$})",
    R"({postgres:CREATE TRIGGER tracks_changed AFTER INSERT OR UPDATE OR DELETE ON tracks
        FOR EACH ROW EXECUTE FUNCTION imprint_notify_change()})",
    R"({postgres:CREATE TRIGGER releases_changed AFTER INSERT OR UPDATE OR DELETE ON releases
        FOR EACH ROW EXECUTE FUNCTION imprint_notify_change()})",
    R"({postgres:CREATE TRIGGER release_tracks_changed AFTER INSERT OR UPDATE OR DELETE ON release_tracks
        FOR EACH ROW EXECUTE FUNCTION imprint_notify_change()})",
    R"({postgres:CREATE TRIGGER assets_changed AFTER INSERT OR UPDATE OR DELETE ON assets
        FOR EACH ROW EXECUTE FUNCTION imprint_notify_change()})",
    R"({postgres:CREATE TRIGGER works_changed AFTER INSERT OR UPDATE OR DELETE ON works
        FOR EACH ROW EXECUTE FUNCTION imprint_notify_change()})",
    R"({postgres:CREATE TRIGGER work_shares_changed AFTER INSERT OR UPDATE OR DELETE ON work_shares
        FOR EACH ROW EXECUTE FUNCTION imprint_notify_change()})",
    R"({postgres:CREATE TRIGGER credits_changed AFTER INSERT OR UPDATE OR DELETE ON credits
        FOR EACH ROW EXECUTE FUNCTION imprint_notify_change()})",
    R"({postgres:CREATE TRIGGER master_shares_changed AFTER INSERT OR UPDATE OR DELETE ON master_shares
        FOR EACH ROW EXECUTE FUNCTION imprint_notify_change()})",
    R"({postgres:CREATE TRIGGER milestones_changed AFTER INSERT OR UPDATE OR DELETE ON milestones
        FOR EACH ROW EXECUTE FUNCTION imprint_notify_change()})",
    R"({postgres:CREATE TRIGGER deliveries_changed AFTER INSERT OR UPDATE OR DELETE ON deliveries
        FOR EACH ROW EXECUTE FUNCTION imprint_notify_change()})",
    R"({postgres:CREATE TRIGGER provenance_changed AFTER INSERT OR UPDATE OR DELETE ON provenance
        FOR EACH ROW EXECUTE FUNCTION imprint_notify_change()})",
    R"({postgres:CREATE TRIGGER provenance_inputs_changed AFTER INSERT OR UPDATE OR DELETE ON provenance_inputs
        FOR EACH ROW EXECUTE FUNCTION imprint_notify_change()})",
    R"({postgres:CREATE TRIGGER human_contributions_changed AFTER INSERT OR UPDATE OR DELETE ON human_contributions
        FOR EACH ROW EXECUTE FUNCTION imprint_notify_change()})",
    R"({postgres:CREATE TRIGGER clearance_items_changed AFTER INSERT OR UPDATE OR DELETE ON clearance_items
        FOR EACH ROW EXECUTE FUNCTION imprint_notify_change()})",
    R"({postgres:CREATE TRIGGER analyses_changed AFTER INSERT OR UPDATE OR DELETE ON analyses
        FOR EACH ROW EXECUTE FUNCTION imprint_notify_change()})",
    R"({postgres:CREATE TRIGGER stem_null_tests_changed AFTER INSERT OR UPDATE OR DELETE ON stem_null_tests
        FOR EACH ROW EXECUTE FUNCTION imprint_notify_change()})",
};

// Delivery profiles edited on another machine judge the verdicts again here too.
constexpr const char *profileFeed[] = {
    R"({postgres:CREATE TRIGGER quality_profiles_changed AFTER INSERT OR UPDATE OR DELETE ON quality_profiles
        FOR EACH ROW EXECUTE FUNCTION imprint_notify_change()})",
};

// Who decided to keep a pair apart (CatalogStore::clientId): undoing the decision takes back
// only one's own, never the same decision someone else made meanwhile.
constexpr const char *distinctTracksOwner[] = {
    R"(ALTER TABLE distinct_tracks ADD COLUMN decided_by TEXT)",
};

// A file renamed and retagged before it was ever analysed keeps its track too (issue 15): every
// import keeps the hash of the start of each audio file (ImportedFile::audioKey); NULL for files
// imported before, which are found by size and time as before.
constexpr const char *audioKeys[] = {
    R"(ALTER TABLE assets ADD COLUMN audio_key TEXT)",
};

const std::span<const char *const> migrations[] = {
    version1,
    catalogModel,
    releasePlanning,
    deliveries,
    audioChecks,
    rights,
    stemNullTests,
    uniqueCredits,
    uploadedInputs,
    oneTrackReads,
    overMarkers,
    trackSearchText,
    audioIdentity,
    changeFeed,
    profileFeed,
    distinctTracksOwner,
    audioKeys,
};

bool ensureVersionTable(QSqlDatabase &db, QString *error)
{
    QSqlQuery query(db);
    const SqlDialect dialect = SqlDialect::of(db);
    const QString lock = dialect.migrationLock();
    const QStringList compatibility = dialect.compatibilityStatements();
    if ((!lock.isEmpty() && !query.exec(lock))
        || !std::ranges::all_of(compatibility, [&](const QString &one) { return query.exec(one); })
        || !query.exec(dialect
                .schema(u"CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL, "
                        "applied_at TEXT NOT NULL DEFAULT ({now}))"_s)
                .constFirst())) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    return true;
}

bool tooNew(int version, QString *error)
{
    if (error)
        *error = QCoreApplication::translate("Migrations",
            "the catalog was written by a newer Imprint (schema %1, this "
            "version knows up to %2); update Imprint to open it")
                     .arg(version)
                     .arg(latestVersion());
    return false;
}

// A team catalog's schema belongs to its owner role (TeamRoles): editors and viewers may not
// change it, so their clients only check that it is the one they know.
bool checkVersionOnly(QSqlDatabase &db, int targetVersion, const QString &owner, QString *error)
{
    const int version = currentVersion(db);
    if (version > latestVersion())
        return tooNew(version, error);
    if (version >= targetVersion)
        return true;
    if (error)
        *error = QCoreApplication::translate("Migrations",
            "the team catalog's schema is at version %1 and this Imprint needs version %2: someone with "
            "the role %3 must open it once with this version of Imprint to upgrade it")
                     .arg(version)
                     .arg(targetVersion)
                     .arg(owner);
    return false;
}

} // namespace

int latestVersion()
{
    return int(std::size(migrations));
}

int currentVersion(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (query.exec(u"SELECT max(version) FROM schema_version"_s) && query.next())
        return query.value(0).toInt();
    return 0;
}

bool migrateTo(QSqlDatabase &db, int targetVersion, QString *error)
{
    const TeamRoles::SchemaRights rights = TeamRoles::schemaRights(db);
    if (!rights.mayChange)
        return checkVersionOnly(db, targetVersion, rights.owner, error);
    // One migration per write transaction. The version is read inside it: BEGIN IMMEDIATE takes
    // the write lock first (waiting up to the connection's busy timeout), so two processes
    // opening a new catalog at once apply each migration once instead of both reading 0 and
    // the second failing on "table settings already exists".
    for (;;) {
        SqlTransaction transaction(db);
        if (!transaction.isActive()) {
            if (error)
                *error = transaction.error();
            return false;
        }
        // A member of the owner role upgrades as the role, so what it adds is the role's and
        // the grants for later tables apply to it.
        if (!rights.actAs.isEmpty()) {
            QSqlQuery query(db);
            if (!query.exec(u"SET LOCAL ROLE "_s + TeamRoles::quoted(rights.actAs))) {
                if (error)
                    *error = query.lastError().text();
                return false;
            }
        }
        if (!ensureVersionTable(db, error))
            return false;
        const int from = currentVersion(db);
        if (from > latestVersion())
            return tooNew(from, error);
        const int version = from + 1;
        if (version > targetVersion) {
            // Up to date; commits the version table a new file has just been given.
            if (transaction.commit())
                return true;
            if (error)
                *error = transaction.error();
            return false;
        }
        QSqlQuery query(db);
        const SqlDialect dialect = SqlDialect::of(db);
        for (const char *statement : migrations[version - 1]) {
            const QStringList sql = dialect.schema(QString::fromUtf8(statement));
            if (!std::ranges::all_of(sql, [&](const QString &one) { return query.exec(one); })) {
                if (error)
                    *error
                        = QCoreApplication::translate("Migrations", "schema upgrade to version %1 failed: %2")
                              .arg(version)
                              .arg(query.lastError().text());
                return false;
            }
        }
        query.prepare(u"INSERT INTO schema_version(version) VALUES (?)"_s);
        query.addBindValue(version);
        if (!query.exec() || !transaction.commit()) {
            if (error)
                *error = query.lastError().text() + transaction.error();
            return false;
        }
    }
}

bool migrate(QSqlDatabase &db, QString *error)
{
    return migrateTo(db, latestVersion(), error);
}

} // namespace Imprint::Migrations
