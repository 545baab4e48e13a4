// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "RightsSheetPdf.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace Imprint::RightsSheetPdf
{

namespace
{

// Text::tr() looks messages up under the context lupdate files them under (a free function
// named tr would be filed under the namespace's name, and found under none at run time).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(RightsSheetPdf)
};

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString value(const QJsonObject &object, const QString &key)
{
    const QJsonValue v = object.value(key);
    if (v.isBool())
        return v.toBool() ? Text::tr("yes") : Text::tr("no");
    if (v.isDouble())
        return QString::number(v.toInteger());
    return v.toString();
}

QString orDash(const QString &text)
{
    return text.isEmpty() ? u"—"_s : esc(text);
}

QString verdictColour(const QString &verdict)
{
    if (verdict == u"ready")
        return u"#2e7d32"_s;
    if (verdict == u"not_checked")
        return u"#8d6e00"_s;
    return u"#c62828"_s;
}

QString verdictText(const QString &verdict)
{
    if (verdict == u"ready")
        return Text::tr("Ready");
    if (verdict == u"not_checked")
        return Text::tr("Not checked yet");
    return Text::tr("Blocked");
}

QString useName(const QString &use)
{
    if (use == u"content")
        return Text::tr("Content creation");
    if (use == u"streaming")
        return Text::tr("Streaming release");
    if (use == u"sync")
        return Text::tr("Sync licensing");
    return Text::tr("Commercial placement");
}

QString documentCell(const QJsonObject &document)
{
    if (document.isEmpty())
        return Text::tr("no document");
    const QString state = document.value(u"state"_s).toString();
    QString stateText;
    if (state == u"changed")
        stateText = u" <b style=\"color:#c62828\">%1</b>"_s.arg(Text::tr("CHANGED since attached"));
    else if (state == u"vanished")
        stateText = u" <b style=\"color:#c62828\">%1</b>"_s.arg(Text::tr("MISSING from the library"));
    const QString hash = document.value(u"sha256"_s).toString();
    return u"%1%2<br/><span style=\"font-family:monospace; font-size:7pt; color:#555\">SHA-256 %3</span>"_s
        .arg(esc(document.value(u"path"_s).toString()), stateText,
            hash.isEmpty() ? Text::tr("not recorded") : hash);
}

const char *tableStart = "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"1\" "
                         "style=\"border-collapse:collapse; border-color:#bbb\">";

QString headerRow(const QStringList &cells)
{
    QString row = u"<tr style=\"background:#eeeeee\">"_s;
    for (const QString &cell : cells)
        row += u"<th align=\"left\">%1</th>"_s.arg(esc(cell));
    return row + u"</tr>"_s;
}

QString readinessSection(const QJsonObject &readiness)
{
    QString html = u"<h3>%1</h3>"_s.arg(Text::tr("Readiness per use"));
    html += QString::fromLatin1(tableStart)
        + headerRow(
            { Text::tr("Use"), Text::tr("Verdict"), Text::tr("What stands in the way, and the fix") });
    for (const QString &use : { u"content"_s, u"streaming"_s, u"sync"_s, u"commercial"_s }) {
        const QJsonObject level = readiness.value(use).toObject();
        const QString verdict = level.value(u"verdict"_s).toString();
        QString reasons;
        for (const QJsonValue &f : level.value(u"findings"_s).toArray()) {
            const QJsonObject finding = f.toObject();
            const QString severity = finding.value(u"severity"_s).toString();
            const QString mark = severity == u"blocker" ? Text::tr("Blocker")
                : severity == u"unknown"                ? Text::tr("Not checked")
                                                        : Text::tr("Warning");
            reasons += u"<b>%1:</b> %2 <i>%3</i><br/>"_s.arg(
                mark, esc(finding.value(u"message"_s).toString()), esc(finding.value(u"fix"_s).toString()));
        }
        if (reasons.isEmpty())
            reasons = level.value(u"previousLevelReady"_s).toBool()
                ? Text::tr("Nothing.")
                : Text::tr("Held back by the level before.");
        else if (!level.value(u"previousLevelReady"_s).toBool())
            reasons += u"<i>%1</i>"_s.arg(Text::tr("Also held back by the level before."));
        html
            += u"<tr><td valign=\"top\">%1</td><td valign=\"top\"><b style=\"color:%2\">%3</b></td><td>%4</td></tr>"_s
                   .arg(esc(useName(use)), verdictColour(verdict), esc(verdictText(verdict)), reasons);
    }
    return html + u"</table>"_s;
}

QString sharesTable(const QJsonObject &shares, bool publishing)
{
    QStringList header { Text::tr("Party") };
    if (publishing)
        header << Text::tr("Role");
    header << Text::tr("Share");
    if (publishing)
        header << Text::tr("PRO") << Text::tr("IPI");
    QString html = QString::fromLatin1(tableStart) + headerRow(header);
    for (const QJsonValue &v : shares.value(u"shares"_s).toArray()) {
        const QJsonObject share = v.toObject();
        html += u"<tr><td>%1</td>"_s.arg(esc(value(share, u"party"_s)));
        if (publishing)
            html += u"<td>%1</td>"_s.arg(esc(value(share, u"role"_s)));
        html += u"<td>%1</td>"_s.arg(esc(value(share, u"share"_s)));
        if (publishing)
            html += u"<td>%1</td><td>%2</td>"_s.arg(
                orDash(value(share, u"pro"_s)), orDash(value(share, u"ipi"_s)));
        html += u"</tr>"_s;
    }
    html += u"</table>"_s;
    const QString problem = value(shares, u"problem"_s);
    html += shares.value(u"complete"_s).toBool()
        ? u"<p>%1</p>"_s.arg(Text::tr("Total %1: complete.").arg(esc(value(shares, u"total"_s))))
        : u"<p style=\"color:#c62828\">%1</p>"_s.arg(
              esc(problem.isEmpty() ? Text::tr("Not recorded.") : problem));
    return html;
}

QString provenanceSection(const QJsonValue &value_)
{
    QString html = u"<h3>%1</h3>"_s.arg(Text::tr("Provenance"));
    if (!value_.isObject())
        return html + u"<p style=\"color:#c62828\">%1</p>"_s.arg(Text::tr("Not recorded."));
    const QJsonObject p = value_.toObject();
    const auto row = [&](const QString &label, const QString &text) {
        return u"<tr><td width=\"30%\" style=\"background:#f5f5f5\">%1</td><td>%2</td></tr>"_s.arg(
            esc(label), text);
    };
    const QString origin = value(p, u"origin"_s);
    QString html2 = QString::fromLatin1(tableStart);
    html2 += row(Text::tr("Origin"),
        esc(origin == u"ai_generated"      ? Text::tr("AI-generated")
                : origin == u"ai_assisted" ? Text::tr("AI-assisted")
                                           : Text::tr("Human")));
    if (origin != u"human") {
        html2 += row(Text::tr("Tool and model"),
            orDash(QString(value(p, u"tool"_s) + u' ' + value(p, u"modelVersion"_s)).trimmed()));
        const QJsonValue paid = p.value(u"paidAtGeneration"_s);
        html2 += row(Text::tr("Plan"),
            u"%1 (%2)"_s.arg(orDash(value(p, u"plan"_s)),
                paid.isNull()       ? Text::tr("paid or not: not recorded")
                    : paid.toBool() ? Text::tr("paid")
                                    : Text::tr("free")));
        html2 += row(Text::tr("Generated on"), orDash(value(p, u"generatedOn"_s)));
        html2 += row(Text::tr("Song/seed id"), orDash(value(p, u"songId"_s)));
        html2 += row(Text::tr("Prompt"), orDash(value(p, u"prompt"_s)));
        html2 += row(Text::tr("Stems"), orDash(value(p, u"stems"_s)));
        const QJsonObject terms = p.value(u"terms"_s).toObject();
        if (!terms.isEmpty())
            html2 += row(Text::tr("Terms in force"),
                Text::tr("%1 — commercial use %2, ownership: %3 (recorded %4)%5")
                    .arg(esc(value(terms, u"source"_s)),
                        terms.value(u"commercialUse"_s).toBool() ? Text::tr("allowed")
                                                                 : Text::tr("not allowed"),
                        esc(value(terms, u"ownership"_s)), esc(value(terms, u"recordedOn"_s)),
                        terms.value(u"example"_s).toBool() ? Text::tr("; example terms, not confirmed")
                                                           : QString()));
        // What was uploaded to the tool, its owner and the permission: someone else's material
        // needs a licence before the song is released.
        for (const QJsonValue &entry : p.value(u"uploadedInputs"_s).toArray()) {
            const QJsonObject input = entry.toObject();
            const QString document = value(input.value(u"document"_s).toObject(), u"sha256"_s);
            html2 += row(Text::tr("Uploaded input"),
                Text::tr("%1 (%2), owner: %3, permission: %4%5")
                    .arg(esc(value(input, u"description"_s)), esc(value(input, u"kind"_s)),
                        orDash(value(input, u"owner"_s)), esc(value(input, u"permission"_s)),
                        document.isEmpty() ? QString()
                                           : esc(Text::tr("; licence SHA-256 %1").arg(document))));
        }
    }
    html2 += row(Text::tr("Cover song"), esc(value(p, u"isCover"_s)));
    html2 += row(Text::tr("Voice likeness"), esc(value(p, u"voiceLikeness"_s)));
    if (p.contains(u"voiceConsentDocument"_s))
        html2
            += row(Text::tr("Consent document"), documentCell(p.value(u"voiceConsentDocument"_s).toObject()));
    return html + html2 + u"</table>"_s;
}

QString trackSection(const QJsonObject &track)
{
    QString title = value(track, u"title"_s);
    if (!value(track, u"version"_s).isEmpty())
        title += u" (%1)"_s.arg(value(track, u"version"_s));
    QString html = u"<h2>%1</h2><p>%2</p>"_s.arg(esc(title),
        Text::tr("Artist: %1 · ISRC: %2 · Release: %3")
            .arg(orDash(value(track, u"artist"_s)), orDash(value(track, u"isrc"_s)),
                orDash(value(track, u"release"_s))));
    html += readinessSection(track.value(u"readiness"_s).toObject());

    const QJsonObject ownership = track.value(u"ownership"_s).toObject();
    html += u"<h3>%1</h3>"_s.arg(Text::tr("Master ownership"));
    html += sharesTable(ownership.value(u"master"_s).toObject(), false);
    html += u"<h3>%1</h3>"_s.arg(Text::tr("Publishing"));
    if (ownership.contains(u"publishing"_s)) {
        const QJsonObject publishing = ownership.value(u"publishing"_s).toObject();
        html += u"<p>%1</p>"_s.arg(Text::tr("Work: %1").arg(esc(value(publishing, u"work"_s))));
        html += sharesTable(publishing, true);
    } else {
        html += u"<p style=\"color:#c62828\">%1</p>"_s.arg(Text::tr("Not linked to a work."));
    }
    QStringList credits;
    for (const QJsonValue &v : track.value(u"credits"_s).toArray()) {
        const QJsonObject c = v.toObject();
        credits.append(u"%1 (%2%3)"_s.arg(esc(value(c, u"party"_s)), esc(value(c, u"role"_s)),
            c.value(u"aiUsed"_s).toBool() ? u", "_s + Text::tr("AI used") : QString()));
    }
    html += u"<h3>%1</h3><p>%2</p>"_s.arg(
        Text::tr("Credits"), credits.isEmpty() ? Text::tr("None recorded.") : credits.join(u"; "_s));

    html += provenanceSection(track.value(u"provenance"_s));

    html += u"<h3>%1</h3>"_s.arg(Text::tr("Human contributions"));
    const QJsonArray contributions = track.value(u"humanContributions"_s).toArray();
    if (contributions.isEmpty()) {
        html += u"<p>%1</p>"_s.arg(Text::tr("None documented."));
    } else {
        html += QString::fromLatin1(tableStart)
            + headerRow({ Text::tr("Element"), Text::tr("By"), Text::tr("Evidence") });
        for (const QJsonValue &v : contributions) {
            const QJsonObject c = v.toObject();
            QStringList evidence;
            for (const QJsonValue &e : c.value(u"evidence"_s).toArray())
                evidence.append(documentCell(e.toObject()));
            html += u"<tr><td valign=\"top\">%1</td><td valign=\"top\">%2</td><td>%3</td></tr>"_s.arg(
                esc(value(c, u"element"_s)), esc(value(c, u"party"_s)),
                evidence.isEmpty() ? u"<span style=\"color:#c62828\">%1</span>"_s.arg(Text::tr("no evidence"))
                                   : evidence.join(u"<br/>"_s));
        }
        html += u"</table>"_s;
    }

    html += u"<h3>%1</h3>"_s.arg(Text::tr("Clearance items"));
    const QJsonArray clearances = track.value(u"clearances"_s).toArray();
    if (clearances.isEmpty()) {
        html += u"<p>%1</p>"_s.arg(Text::tr("None."));
    } else {
        html += QString::fromLatin1(tableStart)
            + headerRow({ Text::tr("Kind"), Text::tr("Counterparty"), Text::tr("Status"),
                Text::tr("Territory, validity"), Text::tr("Document") });
        for (const QJsonValue &v : clearances) {
            const QJsonObject c = v.toObject();
            QString validity = value(c, u"territory"_s);
            const QString from = value(c, u"validFrom"_s), until = value(c, u"validUntil"_s);
            if (!from.isEmpty() || !until.isEmpty())
                validity += u" %1 – %2"_s.arg(from, until);
            QString status = esc(value(c, u"status"_s).replace(u'_', u' '));
            // Cleared, but of a kind the rules count only with its signed document.
            const bool needsDocument = c.value(u"needsDocument"_s).toBool();
            if (needsDocument)
                status += u"<br/>"_s + Text::tr("needs its signed document");
            html += u"<tr><td valign=\"top\">%1</td><td valign=\"top\">%2</td><td valign=\"top\" "
                    u"style=\"color:%3\">%4</td>"
                    "<td valign=\"top\">%5</td><td>%6</td></tr>"_s.arg(
                        esc(value(c, u"kind"_s).replace(u'_', u' ')), orDash(value(c, u"counterparty"_s)),
                        c.value(u"settled"_s).toBool() && !needsDocument ? u"#2e7d32"_s : u"#c62828"_s,
                        status, orDash(validity.trimmed()), documentCell(c.value(u"document"_s).toObject()));
        }
        html += u"</table>"_s;
    }
    return html;
}

} // namespace

QString html(const QJsonObject &report)
{
    QString body = u"<html><body style=\"font-family:sans-serif; font-size:9pt\">"_s;
    const QJsonObject release = report.value(u"release"_s).toObject();
    const QString subject = release.isEmpty() ? Text::tr("Rights sheet")
                                              : Text::tr("Rights sheet: %1").arg(value(release, u"title"_s));
    body += u"<h1>%1</h1><p style=\"color:#555\">%2</p>"_s.arg(esc(subject),
        Text::tr("Generated by Imprint on %1. Verdicts follow from the catalog's facts on that day.")
            .arg(value(report, u"generatedOn"_s)));
    if (!release.isEmpty())
        body += u"<p>%1</p>"_s.arg(Text::tr("Artist: %1 · Label: %2 · UPC: %3 · Release date: %4 · %5 · %6")
                .arg(orDash(value(release, u"artist"_s)), orDash(value(release, u"label"_s)),
                    orDash(value(release, u"upc"_s)), orDash(value(release, u"releaseDate"_s)),
                    orDash(value(release, u"pLine"_s)), orDash(value(release, u"cLine"_s))));
    bool first = true;
    for (const QJsonValue &track : report.value(u"tracks"_s).toArray()) {
        if (!first)
            body += u"<div style=\"page-break-before:always\"></div>"_s;
        first = false;
        body += trackSection(track.toObject());
    }
    return body + u"</body></html>"_s;
}

bool write(const QJsonObject &report, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setTitle(Text::tr("Rights sheet"));
        writer.setCreator(u"Imprint"_s);
        QTextDocument document;
        document.setHtml(html(report));
        document.print(&writer);
    }
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace Imprint::RightsSheetPdf
