// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
// Editing a delivery profile's thresholds as text: parsing, ranges, messages, round trips.
#include "quality/ProfileChanges.h"
#include "quality/ProfileFields.h"

#include <QJsonObject>
#include <QScopeGuard>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace Imprint;

class TestProfileFields : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void everyFieldIsAProfileSetting()
    {
        // Each field round-trips through its own text on every default profile.
        const QualityProfile all = [] {
            QualityProfile p = *QualityProfile::defaultFor(u"streaming"_s);
            p.targetLufs = -23;
            p.maxTruePeakDbtp = -1;
            p.warnLraLu = 20;
            p.warnMinLufs = -16;
            p.warnMaxLufs = -10;
            p.maxLeadingSilenceSeconds = 0.05;
            return p;
        }();
        for (const ProfileField &field : ProfileFields::all()) {
            const QString text = ProfileFields::text(all, field.name);
            QString error;
            const auto again = ProfileFields::withText(all, field.name, text, &error);
            QVERIFY2(again, qPrintable(field.name + u": "_s + error));
            QCOMPARE(*again, all);
            QVERIFY2(!field.label.isEmpty(), qPrintable(field.name));
        }
        QVERIFY(ProfileFields::find(u"warnTruePeakDbtp"_s));
        QVERIFY(!ProfileFields::find(u"key"_s)); // the key is not editable
    }

    void numbersAreParsedAndSet()
    {
        const QualityProfile streaming = *QualityProfile::defaultFor(u"streaming"_s);
        QString error;
        for (const QString &text : { u"-1.5"_s, u"−1.5"_s, u"-1,5"_s, u" -1.5 "_s }) {
            const auto edited = ProfileFields::withText(streaming, u"warnTruePeakDbtp"_s, text, &error);
            QVERIFY2(edited, qPrintable(text + u": "_s + error));
            QCOMPARE(edited->warnTruePeakDbtp, -1.5);
            QCOMPARE(ProfileFields::text(*edited, u"warnTruePeakDbtp"_s), u"-1.5"_s);
        }
        const auto rate = ProfileFields::withText(streaming, u"minSampleRate"_s, u"48000"_s, &error);
        QCOMPARE(rate->minSampleRate, 48000);
        QCOMPARE(ProfileFields::text(*rate, u"minSampleRate"_s), u"48000"_s);
    }

    // The user's locale decides what a separator means: German "1.000" is a thousand, not one
    // (a tolerance of 1 ms instead of 1 000 would pass the range check unnoticed).
    void numbersAreReadAsTheUsersLocaleWritesThem_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("value");
        QTest::newRow("German thousand") << u"de_DE"_s << u"1.000"_s << 1000.0;
        QTest::newRow("German decimal comma") << u"de_DE"_s << u"2,5"_s << 2.5;
        QTest::newRow("German, typed with a point") << u"de_DE"_s << u"2.5"_s << 2.5;
        QTest::newRow("English thousand") << u"en_US"_s << u"1,000"_s << 1000.0;
        QTest::newRow("English decimal point") << u"en_US"_s << u"2.5"_s << 2.5;
        QTest::newRow("English, typed with a comma") << u"en_US"_s << u"2,5"_s << 2.5;
        QTest::newRow("C thousand") << u"C"_s << u"1,000"_s << 1000.0;
        // A lone zero before the separator is never a thousands group.
        QTest::newRow("German zero, typed with a point") << u"de_DE"_s << u"0.250"_s << 0.25;
        QTest::newRow("English zero, typed with a comma") << u"en_US"_s << u"0,250"_s << 0.25;
        QTest::newRow("English zero, short") << u"en_US"_s << u"0,5"_s << 0.5;
    }

    void numbersAreReadAsTheUsersLocaleWritesThem()
    {
        QFETCH(QString, locale);
        QFETCH(QString, text);
        QFETCH(double, value);
        QLocale::setDefault(QLocale(locale));
        const auto restore = qScopeGuard([] { QLocale::setDefault(QLocale::c()); });
        const QualityProfile streaming = *QualityProfile::defaultFor(u"streaming"_s);
        QString error;
        const auto edited = ProfileFields::withText(streaming, u"stemLengthToleranceMs"_s, text, &error);
        QVERIFY2(edited, qPrintable(error));
        QCOMPARE(edited->stemLengthToleranceMs, value);
        // The text shown for editing reads back as the same value.
        const QString shown = ProfileFields::text(*edited, u"stemLengthToleranceMs"_s);
        QCOMPARE(ProfileFields::withText(*edited, u"stemLengthToleranceMs"_s, shown, &error)
                     ->stemLengthToleranceMs,
            value);
    }

    void emptyClearsAnOptionalThreshold()
    {
        const QualityProfile streaming = *QualityProfile::defaultFor(u"streaming"_s);
        QString error;
        const auto edited
            = ProfileFields::withText(streaming, u"warnTrailingSilenceSeconds"_s, u""_s, &error);
        QVERIFY(edited);
        QVERIFY(!edited->warnTrailingSilenceSeconds);
        QCOMPARE(ProfileFields::text(*edited, u"warnTrailingSilenceSeconds"_s), QString());
        // Required settings cannot be emptied.
        QVERIFY(!ProfileFields::withText(streaming, u"targetToleranceLu"_s, u""_s, &error));
        QCOMPARE(error, u"Loudness tolerance (±) needs a value"_s);
    }

    void refusedValues_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("not a number")
            << u"warnTruePeakDbtp"_s << u"loud"_s << u"Warn: true peak above: “loud” is not a number"_s;
        QTest::newRow("too high") << u"warnTruePeakDbtp"_s << u"4"_s
                                  << u"Warn: true peak above must be between −20 and 3 dBTP"_s;
        QTest::newRow("too low") << u"targetLufs"_s << u"-71"_s
                                 << u"Integrated loudness target must be between −70 and 0 LUFS"_s;
        QTest::newRow("not whole") << u"minSampleRate"_s << u"44100.5"_s
                                   << u"Sample rate at least must be a whole number"_s;
        QTest::newRow("rate too low") << u"minSampleRate"_s << u"4000"_s
                                      << u"Sample rate at least must be between 8000 and 384000 Hz"_s;
        QTest::newRow("negative tolerance") << u"stemLengthToleranceMs"_s << u"-1"_s
                                            << u"Stem length tolerance (±) must be between 0 and 1000 ms"_s;
        QTest::newRow("residual above 0") << u"maxStemResidualDb"_s << u"3"_s
                                          << u"Null-test residual at most must be between −120 and 0 dB"_s;
        QTest::newRow("bad format") << u"containers"_s << u"WAV, ../x"_s
                                    << u"“../x” is not a file format: write names like WAV, FLAC, AIFF"_s;
        QTest::newRow("switch") << u"failOnClipping"_s << u"maybe"_s
                                << u"Fail on clipping is either on or off"_s;
        QTest::newRow("unknown") << u"colour"_s << u"red"_s << u"colour is not a profile setting"_s;
        QTest::newRow("both rates") << u"exactSampleRate"_s << u"48000"_s
                                    << u"set either an exact sample rate or a minimum, not both"_s;
        QTest::newRow("min above max")
            << u"warnMinLufs"_s << u"-8"_s << u"the lower loudness warning must be below the upper one"_s;
    }

    void refusedValues()
    {
        QFETCH(QString, field);
        QFETCH(QString, text);
        QFETCH(QString, message);
        QualityProfile profile = *QualityProfile::defaultFor(u"streaming"_s);
        profile.warnMinLufs = -16;
        profile.warnMaxLufs = -10;
        QString error;
        QVERIFY(!ProfileFields::withText(profile, field, text, &error));
        QCOMPARE(error, message);
    }

    void listsAndSwitches()
    {
        const QualityProfile sync = *QualityProfile::defaultFor(u"sync"_s);
        QString error;
        const auto edited = ProfileFields::withText(sync, u"containers"_s, u"wav; aiff"_s, &error);
        QVERIFY2(edited, qPrintable(error));
        QCOMPARE(edited->containers, (QStringList { u"WAV"_s, u"AIFF"_s }));
        QCOMPARE(ProfileFields::text(*edited, u"containers"_s), u"WAV, AIFF"_s);
        const auto any = ProfileFields::withText(sync, u"containers"_s, u""_s, &error);
        QVERIFY(any && any->containers.isEmpty()); // any format that decodes
        const auto off = ProfileFields::withText(sync, u"stemsInVerdict"_s, u"false"_s, &error);
        QVERIFY(off && !off->stemsInVerdict);
        QCOMPARE(ProfileFields::text(sync, u"stemsInVerdict"_s), u"true"_s);
    }

    void describeForTheEditor()
    {
        QualityProfile edited = *QualityProfile::defaultFor(u"streaming"_s);
        edited.warnTruePeakDbtp = -2;
        const QVariantMap field = ProfileFields::describe(
            *ProfileFields::find(u"warnTruePeakDbtp"_s), edited, *QualityProfile::defaultFor(u"streaming"_s));
        QCOMPARE(field.value(u"value"_s).toString(), u"-2"_s);
        QCOMPARE(field.value(u"defaultValue"_s).toString(), u"-1"_s);
        QCOMPARE(field.value(u"isDefault"_s).toBool(), false);
        QCOMPARE(field.value(u"kind"_s).toString(), u"number"_s);
        QCOMPARE(field.value(u"unit"_s).toString(), u"dBTP"_s);
        QCOMPARE(field.value(u"group"_s).toString(), u"warn"_s);
    }

    void storedProfilesWithoutStemSettingsTakeTheDefaults()
    {
        QJsonObject json = QualityProfile::defaultFor(u"sync"_s)->toJson();
        json.remove(u"stemsInVerdict"_s);
        json.remove(u"maxStemResidualDb"_s);
        QString error;
        const auto profile = QualityProfile::fromJson(json, &error);
        QVERIFY2(profile, qPrintable(error));
        QVERIFY(profile->stemsInVerdict);
        QCOMPARE(profile->maxStemResidualDb, -40.0);
    }

    // A change is made of the fields it touches (ProfileChanges): merged into what is stored,
    // refused where someone else changed the same field, or set one that does not go with it.
    void aChangeIsMergedFieldByField()
    {
        const QualityProfile before = *QualityProfile::defaultFor(u"streaming"_s);
        QualityProfile after = before;
        after.warnTruePeakDbtp = -2;
        after.minDurationSeconds.reset();
        QCOMPARE(ProfileChanges::changedFields(before, after),
            QStringList({ u"minDurationSeconds"_s, u"warnTruePeakDbtp"_s }));

        QualityProfile stored = before; // someone else changed another field meanwhile
        stored.quietBelowLufs = -24;
        QVERIFY(ProfileChanges::conflicting(stored, before, after).isEmpty());
        const QualityProfile merged = ProfileChanges::applied(stored, before, after);
        QCOMPARE(merged.quietBelowLufs, -24.0);
        QCOMPARE(merged.warnTruePeakDbtp, -2.0);
        QVERIFY(!merged.minDurationSeconds);

        stored.warnTruePeakDbtp = -3; // and now the same one
        QCOMPARE(ProfileChanges::conflicting(stored, before, after), QStringList { u"warnTruePeakDbtp"_s });
        stored.warnTruePeakDbtp = -2; // the same value as mine: nothing lost
        QVERIFY(ProfileChanges::conflicting(stored, before, after).isEmpty());

        // A lower loudness warning of mine above an upper one of theirs cannot both hold.
        QualityProfile lower = before;
        lower.warnMinLufs = -12;
        QualityProfile theirs = before;
        theirs.warnMaxLufs = -14;
        QCOMPARE(ProfileChanges::conflicting(theirs, before, lower), QStringList { u"warnMinLufs"_s });
    }
};

QTEST_GUILESS_MAIN(TestProfileFields)
#include "tst_profilefields.moc"
