// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

// The suites of one folder are linked into one executable (linking each on its own took a
// good part of the test run); each suite registers its entry point under its file's name,
// and ctest runs `EXECUTABLE SUITE [test function...]`. These macros stand where QTEST_MAIN,
// QTEST_GUILESS_MAIN and a suite's own main() stood, and do what those do.

#include <QtTest/QTest>
#include <QtWidgets/QApplication>

namespace quorum::test {
using SuiteEntry = int (*)(int argc, char **argv);
// Registers the suite defined in sourceFile (its base name is the suite's name).
bool registerSuite(const char *sourceFile, SuiteEntry entry);
} // namespace quorum::test

// QUORUM_TEST_SUITE(int argc, char *argv[]) { ...what main() did... }
#define QUORUM_TEST_SUITE(...)                                                                     \
    static int quorumTestSuite(__VA_ARGS__);                                                       \
    [[maybe_unused]] static const bool quorumTestSuiteRegistered =                                 \
        quorum::test::registerSuite(__FILE__, &quorumTestSuite);                                   \
    static int quorumTestSuite(__VA_ARGS__)

#define QUORUM_TEST_MAIN_WITH(Application, TestObject)                                             \
    QUORUM_TEST_SUITE(int argc, char *argv[])                                                      \
    {                                                                                              \
        Application app(argc, argv);                                                               \
        app.setAttribute(Qt::AA_Use96Dpi, true);                                                   \
        TestObject test;                                                                           \
        return QTest::qExec(&test, argc, argv);                                                    \
    }

// Every suite links Qt Widgets (tests/CMakeLists.txt); one that opens no window says so with
// QUORUM_TEST_GUILESS_MAIN.
#define QUORUM_TEST_MAIN(TestObject) QUORUM_TEST_MAIN_WITH(QApplication, TestObject)
#define QUORUM_TEST_GUILESS_MAIN(TestObject) QUORUM_TEST_MAIN_WITH(QCoreApplication, TestObject)
