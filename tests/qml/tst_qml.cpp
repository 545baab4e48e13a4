// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "CatalogSession.h"
#include "TestCatalog.h"
#include "import/ImportController.h"

#include <QQmlContext>
#include <QQmlEngine>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(ImprintPlugin)
Q_IMPORT_QML_PLUGIN(Imprint_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(Imprint_AppPlugin)

using namespace Qt::StringLiterals;

/// Gives the QML tests a generated catalog, so they test the real models.
class Setup : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        QStandardPaths::setTestModeEnabled(true);
        m_catalog = std::make_unique<Imprint::Test::TestCatalog>(30);
        m_session = std::make_unique<Imprint::CatalogSession>(m_catalog->store());
        m_importer = std::make_unique<Imprint::ImportController>();
        m_importer->setSession(m_session.get());
        m_session->reload();
        m_session->waitForIdle();
        engine->rootContext()->setContextProperty(u"testSession"_s, m_session.get());
        engine->rootContext()->setContextProperty(u"testImporter"_s, m_importer.get());
    }
    void cleanupTestCase()
    {
        m_importer.reset();
        m_session.reset();
        m_catalog.reset();
    }

private:
    std::unique_ptr<Imprint::Test::TestCatalog> m_catalog;
    std::unique_ptr<Imprint::CatalogSession> m_session;
    std::unique_ptr<Imprint::ImportController> m_importer;
};

QUICK_TEST_MAIN_WITH_SETUP(imprint, Setup)

#include "tst_qml.moc"
