// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
// A Quorum window that types into the introduction of a new article, a word every 100 ms,
// and prints after each word "<epoch ms>\t<the introduction's text as JSON>", until it is
// killed. tst_recovery kills it with SIGKILL and restores what it left behind.
#include "articledocument.h"
#include "mainwindow.h"
#include "markdownedit.h"
#include "previewscheme.h"
#include "sectionoutline.h"

#include <QApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPlainTextEdit>
#include <QTest>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace quorum;

int main(int argc, char *argv[])
{
    registerPreviewScheme();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Quorum"_s);
    QApplication::setApplicationName(u"Quorum"_s);

    MainWindow window;
    window.newArticle();
    window.show();
    QString introduction;
    for (const Section &section : window.document()->article().sections) {
        if (section.kind == SectionKind::Introduction)
            introduction = section.id;
    }
    window.outline()->selectSection(introduction);
    QPlainTextEdit *edit = window.currentMarkdownEdit();
    if (!edit)
        return 3;
    edit->setFocus();
    edit->moveCursor(QTextCursor::End);

    const QStringList words = u"consensus forum voices verdict skeptical supportive"_s.split(u' ');
    int count = 0;
    QTimer typist;
    typist.setInterval(100);
    QObject::connect(&typist, &QTimer::timeout, [&] {
        QTest::keyClicks(edit, words.at(count++ % words.size()) + u' ');
        const QString text = window.document()->section(introduction)->markdown;
        const QByteArray json = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
        std::printf("%lld\t%s\n", QDateTime::currentMSecsSinceEpoch(), json.constData());
        std::fflush(stdout);
    });
    typist.start();
    return app.exec();
}
