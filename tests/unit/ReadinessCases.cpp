// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "ReadinessCases.h"

using namespace Qt::StringLiterals;

namespace Imprint::Test
{

using namespace Readiness;

namespace
{
const QDate &today = readinessToday;
}

TrackFacts readyFacts()
{
    TrackFacts f;
    f.today = today;
    f.trackId = 1;
    f.title = u"Glass Harbour"_s;
    f.isrc = u"GBXYZ2600001"_s;
    f.hasVocals = 1;
    f.bpm = 96;
    f.key = u"A minor"_s;
    f.mood = u"wistful"_s;
    f.release = ReleaseFacts { 10, u"Glass Harbour"_s, u"single"_s, u"4006381333931"_s, today.addDays(40),
        u"scheduled"_s, u"Tidewater"_s, u"Electronic"_s, u"en"_s, u"℗ 2026 Tidewater"_s,
        u"© 2026 Tidewater"_s, 0, 20, u"JPEG"_s, 3000, 3000 };
    f.credits = { { 1, u"Mara Vell"_s, u"MainArtist"_s, false }, { 2, u"Suno"_s, u"Vocalist"_s, true } };
    f.masterShares = { { 1, u"Mara Vell"_s, 10'000 } };
    f.hasWork = true;
    f.workTitle = u"Glass Harbour"_s;
    f.workShares = { { 1, u"Mara Vell"_s, u"ComposerLyricist"_s, 5'000, u"GEMA"_s, u"00014107338"_s },
        { 3, u"Vell Songs"_s, u"OriginalPublisher"_s, 5'000, u"GEMA"_s, u"00014107338"_s } };
    ProvenanceFacts p;
    p.origin = u"ai_assisted"_s;
    p.tool = u"Suno"_s;
    p.modelVersion = u"v4.5"_s;
    p.plan = u"Pro"_s;
    p.paidAtGeneration = 1;
    p.generatedOn = QDate(2025, 6, 1);
    p.songId = u"abc-123"_s;
    p.prompt = u"wistful synth ballad"_s;
    p.stems = u"native"_s;
    f.provenance = p;
    f.terms = ToolTermsFact { 1, u"Suno"_s, u"Pro"_s, true, u"user"_s, QDate(2026, 1, 15),
        QDate(2023, 12, 20), {}, u"confirmed"_s, false };
    f.terms.edit().paid = 1;
    f.toolKnownSince = QDate(2023, 12, 20);
    // Uploaded to the tool: her own vocal demo, and a licensed drum loop with its licence.
    f.inputs = { { 1, u"audio"_s, u"vocal demo"_s, 1, u"Mara Vell"_s, u"own"_s, 0 },
        { 2, u"audio"_s, u"drum loop"_s, 5, u"Loop Co"_s, u"licensed"_s, 105 } };
    f.contributions = { { u"lyrics"_s, u"Mara Vell"_s, { 101 } }, { u"mix"_s, u"Mara Vell"_s, { 102 } } };
    // Vell Songs holds publishing; the split sheet with them settles one-stop.
    f.clearances = { { 1, u"publishing"_s, u"cleared"_s, 3, u"Vell Songs"_s, 103, u"World"_s, {}, {} },
        { 2, u"master_ownership"_s, u"cleared"_s, 1, u"Mara Vell"_s, 104, u"World"_s, {}, {} } };
    f.hasMaster = true;
    f.hasInstrumental = true;
    f.stemCount = 4;
    f.cutdownCount = 2;
    for (qint64 id : { 101, 102, 103, 104, 105 })
        f.documents.insert(id, { id, u"Documents/%1.pdf"_s.arg(id), true, false });
    f.qualityVerdicts = { { u"content"_s, u"pass"_s }, { u"streaming"_s, u"pass"_s },
        { u"sync"_s, u"pass"_s }, { u"stems"_s, u"pass"_s } };
    return f;
}

QList<RuleCase> ruleCases()
{
    QList<RuleCase> cases;
    const auto row = [&cases](const char *rule, Use use, Severity severity, Mutation mutate) {
        cases.append({ rule, use, severity, std::move(mutate) });
    };
    constexpr auto C = Use::ContentCreation;
    constexpr auto S = Use::Streaming;
    constexpr auto Y = Use::Sync;
    constexpr auto M = Use::Commercial;
    constexpr auto B = Severity::Blocker;
    constexpr auto W = Severity::Warning;
    constexpr auto U = Severity::Unknown;

    // Content creation
    row("content.licence.missing", C, B, [](TrackFacts &f) { f.provenance.reset(); });
    row("content.licence.tool_missing", C, B, [](TrackFacts &f) { f.provenance.edit().plan.clear(); });
    row("content.licence.date_missing", C, B, [](TrackFacts &f) { f.provenance.edit().generatedOn = {}; });
    row("content.terms.before_tool", C, B,
        [](TrackFacts &f) { f.provenance.edit().generatedOn = QDate(2021, 5, 1); });
    row("content.terms.unknown", C, B, [](TrackFacts &f) { f.terms.reset(); });
    row("content.terms.non_commercial", C, W, [](TrackFacts &f) { f.terms.edit().commercialUse = false; });
    row("content.terms.example", C, W, [](TrackFacts &f) { f.terms.edit().example = true; });
    row("content.terms.paid_mismatch", C, W, [](TrackFacts &f) { f.provenance.edit().paidAtGeneration = 0; });
    row("content.voice.no_consent", C, B,
        [](TrackFacts &f) { f.provenance.edit().voiceLikeness = u"no_consent"_s; });
    row("content.voice.consent_document", C, B,
        [](TrackFacts &f) { f.provenance.edit().voiceLikeness = u"consent_given"_s; });
    row("content.master.missing", C, B, [](TrackFacts &f) { f.hasMaster = false; });
    row("content.audio.not_checked", C, U, [](TrackFacts &f) { f.qualityVerdicts.clear(); });
    row("content.audio.failed", C, B,
        [](TrackFacts &f) { f.qualityVerdicts[u"content"_s] = u"fail: does not decode"_s; });
    row("content.document.vanished", C, W, [](TrackFacts &f) { f.documents[101].present = false; });
    row("content.document.changed", C, W, [](TrackFacts &f) { f.documents[101].changed = true; });

    // Streaming release
    row("streaming.commercial.not_allowed", S, B,
        [](TrackFacts &f) { f.terms.edit().commercialUse = false; });
    row("streaming.audio.not_checked", S, U, [](TrackFacts &f) { f.qualityVerdicts.remove(u"streaming"_s); });
    row("streaming.audio.failed", S, B,
        [](TrackFacts &f) { f.qualityVerdicts[u"streaming"_s] = u"fail: clipping"_s; });
    row("streaming.isrc.missing", S, B, [](TrackFacts &f) { f.isrc.clear(); });
    row("streaming.isrc.invalid", S, B, [](TrackFacts &f) { f.isrc = u"GB-XYZ-26"_s; });
    row("streaming.isrc.duplicate", S, B, [](TrackFacts &f) { f.isrcDuplicate = true; });
    row("streaming.release.missing", S, B, [](TrackFacts &f) { f.release.reset(); });
    row("streaming.upc.missing", S, B, [](TrackFacts &f) { f.release.edit().upc.clear(); });
    row("streaming.upc.invalid", S, B, [](TrackFacts &f) { f.release.edit().upc = u"4006381333932"_s; });
    row("streaming.artwork.missing", S, B, [](TrackFacts &f) { f.release.edit().artworkAssetId = 0; });
    row("streaming.artwork.not_square", S, B, [](TrackFacts &f) { f.release.edit().artworkHeight = 3200; });
    row("streaming.artwork.too_small", S, B, [](TrackFacts &f) {
        f.release.edit().artworkWidth = 1400;
        f.release.edit().artworkHeight = 1400;
    });
    row("streaming.artwork.format", S, B, [](TrackFacts &f) { f.release.edit().artworkFormat = u"TIFF"_s; });
    row("streaming.pline.missing", S, B, [](TrackFacts &f) { f.release.edit().pLine.clear(); });
    row("streaming.pline.year", S, B, [](TrackFacts &f) { f.release.edit().pLine = u"℗ Tidewater"_s; });
    row("streaming.cline.missing", S, B, [](TrackFacts &f) { f.release.edit().cLine.clear(); });
    row("streaming.cline.year", S, B, [](TrackFacts &f) { f.release.edit().cLine = u"© Tidewater"_s; });
    row("streaming.label.missing", S, B, [](TrackFacts &f) { f.release.edit().label.clear(); });
    row("streaming.genre.missing", S, B, [](TrackFacts &f) { f.release.edit().genre.clear(); });
    row("streaming.language.missing", S, B, [](TrackFacts &f) { f.release.edit().language.clear(); });
    row("streaming.explicit.missing", S, B, [](TrackFacts &f) { f.release.edit().explicitContent = -1; });
    row("streaming.date.missing", S, B, [](TrackFacts &f) { f.release.edit().releaseDate = {}; });
    row("streaming.date.too_soon", S, B,
        [](TrackFacts &f) { f.release.edit().releaseDate = today.addDays(6); });
    row("streaming.date.tight", S, W, [](TrackFacts &f) { f.release.edit().releaseDate = today.addDays(7); });
    row("streaming.credits.main_artist", S, B, [](TrackFacts &f) { f.credits.removeFirst(); });
    row("streaming.credits.ai_undisclosed", S, B, [](TrackFacts &f) { f.credits[1].aiUsed = false; });
    row("streaming.master_splits.incomplete", S, B,
        [](TrackFacts &f) { f.masterShares[0].basisPoints = 9'999; });
    row("streaming.work.missing", S, B, [](TrackFacts &f) {
        f.hasWork = false;
        f.workShares.clear();
    });
    row("streaming.publishing_splits.incomplete", S, B,
        [](TrackFacts &f) { f.workShares[1].basisPoints = 4'000; });
    row("streaming.cover.mechanical_licence", S, B,
        [](TrackFacts &f) { f.provenance.edit().isCover = true; });
    row("streaming.input.not_permitted", S, B,
        [](TrackFacts &f) { f.inputs[1].permission = u"not_permitted"_s; });
    row("streaming.input.licence_missing", S, B, [](TrackFacts &f) { f.documents[105].present = false; });
    row("streaming.input.permission_unknown", S, B,
        [](TrackFacts &f) { f.inputs[0].permission = u"unknown"_s; });

    // Sync licensing
    row("sync.one_stop.master", Y, B, [](TrackFacts &f) {
        f.masterShares = { { 1, u"Mara Vell"_s, 6'000 }, { 4, u"Jon Reyes"_s, 4'000 } };
    });
    row("sync.one_stop.publishing", Y, B, [](TrackFacts &f) { f.clearances.removeFirst(); });
    row("sync.audio.not_checked", Y, U, [](TrackFacts &f) { f.qualityVerdicts.remove(u"sync"_s); });
    row("sync.audio.failed", Y, B,
        [](TrackFacts &f) { f.qualityVerdicts[u"sync"_s] = u"fail: 44.1 kHz, needs 48 kHz"_s; });
    row("sync.vocals.unknown", Y, B, [](TrackFacts &f) { f.hasVocals = -1; });
    row("sync.instrumental.missing", Y, B, [](TrackFacts &f) { f.hasInstrumental = false; });
    row("sync.stems.missing", Y, B, [](TrackFacts &f) { f.stemCount = 0; });
    row("sync.stems.not_checked", Y, U, [](TrackFacts &f) { f.qualityVerdicts.remove(u"stems"_s); });
    row("sync.stems.failed", Y, B,
        [](TrackFacts &f) { f.qualityVerdicts[u"stems"_s] = u"fail: residual -22 dB"_s; });
    row("sync.cutdowns.missing", Y, W, [](TrackFacts &f) { f.cutdownCount = 0; });
    row("sync.bpm.missing", Y, B, [](TrackFacts &f) { f.bpm = 0; });
    row("sync.key.missing", Y, B, [](TrackFacts &f) { f.key.clear(); });
    row("sync.mood.missing", Y, B, [](TrackFacts &f) { f.mood.clear(); });
    row("sync.writers.pro_ipi", Y, B, [](TrackFacts &f) { f.workShares[0].ipi = u"123"_s; });
    row("sync.publisher.missing", Y, W, [](TrackFacts &f) { f.workShares[1].role = u"Composer"_s; });
    row("sync.clearance.open", Y, B, [](TrackFacts &f) {
        f.clearances.append({ 9, u"sample"_s, u"pending"_s, 5, u"Loop Co"_s, 0, {}, {}, {} });
    });
    row("sync.clearance.invalid_dates", Y, B, [](TrackFacts &f) {
        f.clearances.append(
            { 9, u"sample"_s, u"cleared"_s, 5, u"Loop Co"_s, 0, {}, QDate(2026, 5, 1), QDate(2026, 4, 1) });
    });
    row("sync.provenance.incomplete", Y, B, [](TrackFacts &f) { f.provenance.edit().songId.clear(); });

    // Commercial placement
    row("commercial.human.missing", M, B, [](TrackFacts &f) { f.contributions.clear(); });
    row("commercial.human.evidence", M, B,
        [](TrackFacts &f) { f.contributions[0].evidenceAssetIds.clear(); });
    row("commercial.ownership.licensed_only", M, B, [](TrackFacts &f) {
        f.terms.edit().ownership = u"licensed"_s;
        f.clearances.removeLast();
    });
    row("commercial.split_sheet.missing", M, B, [](TrackFacts &f) { f.documents[103].present = false; });
    row("commercial.master_agreement.missing", M, B,
        [](TrackFacts &f) { f.clearances[1].status = u"pending"_s; });
    row("commercial.clearance.expiring", M, B,
        [](TrackFacts &f) { f.clearances[1].validUntil = today.addDays(200); });
    return cases;
}

} // namespace Imprint::Test
