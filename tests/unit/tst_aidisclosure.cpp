// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
// The AI disclosure per category, derived from the provenance: origin, human contributions per
// element and credits with AI use (the mapping documented in AiDisclosure.h).
#include "delivery/AiDisclosure.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace Imprint;
using namespace Imprint::Delivery;

namespace
{

std::optional<ProvenanceFacts> origin(const QString &value)
{
    ProvenanceFacts p;
    p.origin = value;
    return p;
}

QList<ContributionFact> human(const QStringList &elements)
{
    QList<ContributionFact> list;
    for (const QString &element : elements)
        list.append({ element, u"Mara Vell"_s, {} });
    return list;
}

// composition, lyrics, vocals, instrumentation, post_production as keys, for one comparison.
QString keys(const AiDisclosure &d)
{
    return QStringList { aiUseKey(d.composition), aiUseKey(d.lyrics), aiUseKey(d.vocals),
        aiUseKey(d.instrumentation), aiUseKey(d.postProduction) }
        .join(u' ');
}

} // namespace

using Credits = QList<DeliveryCredit>;
Q_DECLARE_METATYPE(std::optional<ProvenanceFacts>)

class TestAiDisclosure : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void categoriesFollowTheRecord_data()
    {
        QTest::addColumn<std::optional<ProvenanceFacts>>("provenance");
        QTest::addColumn<QStringList>("contributions");
        QTest::addColumn<Credits>("credits");
        QTest::addColumn<int>("hasVocals");
        QTest::addColumn<QString>("expected"); // composition lyrics vocals instrumentation post_production

        QTest::newRow("human, nothing else")
            << origin(u"human"_s) << QStringList() << Credits() << 1 << u"none none none none none"_s;
        QTest::newRow("generated, nobody recorded")
            << origin(u"ai_generated"_s) << QStringList() << Credits() << 1
            << u"ai_generated ai_generated ai_generated ai_generated ai_generated"_s;
        // Her own lyrics sung by the tool, mixed and mastered by her.
        QTest::newRow("generated with human lyrics, mix and master")
            << origin(u"ai_generated"_s) << QStringList { u"lyrics"_s, u"mix"_s, u"master"_s } << Credits()
            << 1 << u"ai_generated ai_assisted ai_generated ai_generated ai_assisted"_s;
        QTest::newRow("generated instrumental: no vocals or lyrics to disclose")
            << origin(u"ai_generated"_s) << QStringList { u"melody"_s } << Credits() << 0
            << u"ai_assisted none none ai_generated ai_generated"_s;
        QTest::newRow("assisted: what people made is theirs")
            << origin(u"ai_assisted"_s)
            << QStringList { u"lyrics"_s, u"melody"_s, u"arrangement"_s, u"mix"_s } << Credits() << 1
            << u"none none ai_assisted none none"_s;
        QTest::newRow("assisted, a performance covers vocals and instruments")
            << origin(u"ai_assisted"_s) << QStringList { u"performance"_s } << Credits() << 1
            << u"ai_assisted ai_assisted none none ai_assisted"_s;
        // Credits with AI use raise a human work's categories.
        QTest::newRow("human with an AI mastering engineer and AI vocals")
            << origin(u"human"_s) << QStringList()
            << Credits { { u"Mara Vell"_s, u"MainArtist"_s, {}, false },
                   { u"Auto Master"_s, u"MasteringEngineer"_s, {}, true },
                   { u"Synth Voice"_s, u"Vocalist"_s, {}, true } }
            << 1 << u"none none ai_assisted none ai_assisted"_s;
        QTest::newRow("AI credits by role and instrument")
            << origin(u"human"_s) << QStringList()
            << Credits { { u"A"_s, u"ComposerLyricist"_s, {}, true },
                   { u"B"_s, u"Recording"_s, u"piano"_s, true } }
            << 1 << u"ai_assisted ai_assisted none ai_assisted none"_s;
        QTest::newRow("main artist with AI on an instrumental is instrumentation")
            << origin(u"human"_s) << QStringList() << Credits { { u"A"_s, u"MainArtist"_s, {}, true } } << 0
            << u"none none none ai_assisted none"_s;
        // A credit never lowers: a generated category stays generated.
        QTest::newRow("AI credit on a generated category")
            << origin(u"ai_generated"_s) << QStringList() << Credits { { u"A"_s, u"Lyricist"_s, {}, true } }
            << 1 << u"ai_generated ai_generated ai_generated ai_generated ai_generated"_s;
        QTest::newRow("nothing recorded") << std::optional<ProvenanceFacts>() << QStringList() << Credits()
                                          << -1 << u"none none none none none"_s;
    }

    void categoriesFollowTheRecord()
    {
        QFETCH(std::optional<ProvenanceFacts>, provenance);
        QFETCH(QStringList, contributions);
        QFETCH(Credits, credits);
        QFETCH(int, hasVocals);
        QFETCH(QString, expected);
        QCOMPARE(keys(discloseAi(provenance, human(contributions), credits, hasVocals)), expected);
    }

    void jsonNamesTheOriginAndEveryCategory()
    {
        const AiDisclosure none = discloseAi(std::nullopt, {}, {}, 1);
        QCOMPARE(none.origin, u"not_recorded"_s);
        const QJsonObject json = toJson(discloseAi(origin(u"ai_generated"_s), human({ u"mix"_s }), {}, 1));
        QCOMPARE(json.value(u"origin"_s).toString(), u"ai_generated"_s);
        QCOMPARE(json.value(u"post_production"_s).toString(), u"ai_assisted"_s);
        QCOMPARE(json.value(u"vocals"_s).toString(), u"ai_generated"_s);
        QCOMPARE(json.keys(),
            QStringList({ u"composition"_s, u"instrumentation"_s, u"lyrics"_s, u"origin"_s,
                u"post_production"_s, u"vocals"_s }));
    }
};

QTEST_GUILESS_MAIN(TestAiDisclosure)
#include "tst_aidisclosure.moc"
