// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
// The GUI's icons on a system with no icon theme installed (Windows and macOS have none, a Linux
// desktop may lack Breeze): DesktopStyle takes them from the Breeze icon library. ctest runs this
// with data folders that hold no icon theme (tests/CMakeLists.txt).
#include "gui/DesktopStyle.h"

#include <QDirIterator>
#include <QIcon>
#include <QRegularExpression>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace Imprint;

namespace
{

// The icon names qml/ gives (icon.name: "…", icon: "…", iconName: "…", both sides of a ?:).
QStringList iconNamesInQml()
{
    static const QRegularExpression property(uR"re(\bicon(?:\.name|Name)?\s*:\s*(.*)$)re"_s);
    static const QRegularExpression quoted(uR"re("([a-z][a-z0-9]*(?:-[a-z0-9]+)*)")re"_s);
    QStringList names;
    QDirIterator files(
        QStringLiteral(IMPRINT_QML_DIR), { u"*.qml"_s }, QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            continue;
        const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
        for (const QString &line : lines) {
            const QRegularExpressionMatch value = property.match(line);
            if (!value.hasMatch())
                continue;
            for (const QRegularExpressionMatch &name : quoted.globalMatch(value.captured(1)))
                names.append(name.captured(1));
        }
    }
    names.sort();
    names.removeDuplicates();
    return names;
}

} // namespace

class TestBundledIcons : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Else this would test the installed theme, not the library's copy.
    void noIconThemeIsInstalledWhereQtLooks()
    {
        for (const QString &path : QIcon::themeSearchPaths()) {
            if (!path.startsWith(u':'))
                QVERIFY2(!QDir(path).exists(u"breeze"_s), qPrintable(path + u" holds Breeze"_s));
        }
        QVERIFY(QIcon::fromTheme(u"document-save"_s).isNull());
    }

    void everyIconTheGuiNamesIsFound()
    {
        DesktopStyle::apply();
        const QStringList names = iconNamesInQml();
        QVERIFY2(names.size() > 30, qPrintable(names.join(u' ')));
        for (const QString &name : names) {
            const QIcon icon = QIcon::fromTheme(name);
            QVERIFY2(!icon.isNull() && !icon.pixmap(22).isNull(), qPrintable(name + u": no icon"_s));
        }
    }
};

QTEST_MAIN(TestBundledIcons)
#include "tst_bundledicons.moc"
