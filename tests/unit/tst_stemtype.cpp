// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "delivery/StemType.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace Imprint;

class TestStemType : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detects_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("type");
        // As AI tools, DAWs and collaborators name them.
        QTest::newRow("plain") << u"vocals.wav"_s << u"vocals"_s;
        QTest::newRow("upper case") << u"DRUMS.WAV"_s << u"drums"_s;
        QTest::newRow("numbered prefix") << u"01 - Lead Vox.wav"_s << u"vocals"_s;
        QTest::newRow("numbered dot prefix") << u"3. Bass.flac"_s << u"bass"_s;
        QTest::newRow("underscores and take") << u"my_song_BV_02.wav"_s << u"vocals"_s;
        QTest::newRow("backing vocals plural acronym") << u"Song BVs.wav"_s << u"vocals"_s;
        QTest::newRow("lead alone") << u"Lead.wav"_s << u"vocals"_s;
        QTest::newRow("camel case") << u"LeadVox.wav"_s << u"vocals"_s;
        QTest::newRow("glued upper case") << u"LEADVOX.wav"_s << u"vocals"_s;
        QTest::newRow("title then type") << u"Glass Harbour - Drums.wav"_s << u"drums"_s;
        QTest::newRow("type in brackets") << u"Glass Harbour (Keys).wav"_s << u"keys"_s;
        QTest::newRow("digits glued") << u"Drums01.wav"_s << u"drums"_s;
        QTest::newRow("kick") << u"Kick In.wav"_s << u"drums"_s;
        QTest::newRow("percussion") << u"perc-loop.aif"_s << u"drums"_s;
        QTest::newRow("synth bass is bass") << u"Synth Bass.wav"_s << u"bass"_s;
        QTest::newRow("bass drum is drums") << u"Bass Drum.wav"_s << u"drums"_s;
        QTest::newRow("808") << u"808.wav"_s << u"bass"_s;
        QTest::newRow("808 glued") << u"808Bass.wav"_s << u"bass"_s;
        QTest::newRow("lead guitar is guitar") << u"Lead Guitar.wav"_s << u"guitar"_s;
        QTest::newRow("gtr") << u"GTR_DI.wav"_s << u"guitar"_s;
        QTest::newRow("piano") << u"Piano.wav"_s << u"keys"_s;
        QTest::newRow("synth") << u"lead-synth.wav"_s << u"keys"_s;
        QTest::newRow("pads") << u"Pads+Strings.wav"_s << u"keys"_s;
        QTest::newRow("e-piano acronym") << u"EPiano.wav"_s << u"keys"_s;
        QTest::newRow("glued synth") << u"SYNTHBass.wav"_s << u"bass"_s;
        QTest::newRow("fx") << u"FX.wav"_s << u"fx"_s;
        QTest::newRow("sfx risers") << u"sfx_risers.wav"_s << u"fx"_s;
        QTest::newRow("bassoon is no bass") << u"Bassoon.wav"_s << u"other"_s;
        QTest::newRow("unknown") << u"Strings.wav"_s << u"other"_s;
        QTest::newRow("instrumental is no stem type") << u"Instrumental.wav"_s << u"other"_s;
        QTest::newRow("only a number") << u"07.wav"_s << u"other"_s;
        QTest::newRow("folder names the type") << u"Vocals/Take 3.wav"_s << u"vocals"_s;
        QTest::newRow("own name wins over folder") << u"Stems/Drums/Kick.wav"_s << u"drums"_s;
        QTest::newRow("file beats folder") << u"Drums/Bass.wav"_s << u"bass"_s;
        QTest::newRow("empty") << QString() << u"other"_s;
    }
    void detects()
    {
        QFETCH(QString, name);
        QFETCH(QString, type);
        QCOMPARE(StemType::stemTypeForName(name), type);
        QVERIFY(StemType::all().contains(type));
    }

    void typesAreDistinct()
    {
        const QStringList types = StemType::all();
        QCOMPARE(QSet<QString>(types.begin(), types.end()).size(), types.size());
        QCOMPARE(types.constLast(), u"other"_s);
    }
};

QTEST_GUILESS_MAIN(TestStemType)
#include "tst_stemtype.moc"
