// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "gui/DesktopStyle.h"
#include "gui/IdleIncubationController.h"

#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQmlIncubator>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>

using namespace Qt::StringLiterals;
using Imprint::IdleIncubationController;

// Objects QML creates asynchronously are finished from the event loop, not only when a frame is
// drawn: the page header's buttons (a Kirigami ActionToolBar) appeared only once something
// repainted the window.
class TestIdleIncubation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Imprint::DesktopStyle::apply(); }

    void finishesAsynchronousObjects()
    {
        QQmlEngine engine;
        IdleIncubationController controller;
        controller.install(&engine);
        QQmlComponent component(&engine);
        component.setData("import QtQml\nQtObject { property int answer: 6 * 7 }", QUrl());
        QVERIFY2(component.isReady(), qPrintable(component.errorString()));

        QQmlIncubator incubator(QQmlIncubator::Asynchronous);
        component.create(incubator);
        QVERIFY(incubator.isLoading()); // really asynchronous: nothing made yet
        QTRY_VERIFY(incubator.isReady());
        std::unique_ptr<QObject> object(incubator.object());
        QCOMPARE(object->property("answer").toInt(), 42);
        QCOMPARE(controller.incubatingObjectCount(), 0);
    }

    // A Kirigami window keeps the controller (a window sets its own only on an engine without
    // one), and its toolbar gets its buttons.
    void windowKeepsTheController()
    {
        // Run apart (ctest's tst_idleincubation_toolbar): see tests/CMakeLists.txt.
        if (qEnvironmentVariableIsSet("IMPRINT_SKIP_KIRIGAMI_TOOLBAR"))
            QSKIP("run as tst_idleincubation_toolbar");
        IdleIncubationController controller;
        QQmlApplicationEngine engine;
        controller.install(&engine);
        engine.loadData(R"(
            import QtQuick
            import org.kde.kirigami as Kirigami
            Window {
                visible: true
                Kirigami.ActionToolBar {
                    objectName: "toolBar"
                    width: 400
                    actions: [
                        Kirigami.Action { text: "Import Folder" },
                        Kirigami.Action { text: "New Release" }
                    ]
                }
            }
        )");
        QCOMPARE(engine.rootObjects().size(), 1);
        auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
        QVERIFY(window);
        QCOMPARE(engine.incubationController(), &controller);
        auto *toolBar = window->findChild<QQuickItem *>(u"toolBar"_s);
        QVERIFY(toolBar);
        // The buttons are items of the toolbar's layout, not its QObject children.
        const auto buttonTexts = [toolBar] {
            QStringList texts;
            QList<QQuickItem *> items = toolBar->childItems();
            while (!items.isEmpty()) {
                QQuickItem *item = items.takeLast();
                items.append(item->childItems());
                if (const QString text = item->property("text").toString(); !text.isEmpty())
                    texts.append(text);
            }
            return texts;
        };
        QTRY_VERIFY_WITH_TIMEOUT(
            buttonTexts().contains(u"Import Folder"_s) && buttonTexts().contains(u"New Release"_s), 5000);
    }
};

QTEST_MAIN(TestIdleIncubation)
#include "tst_idleincubation.moc"
