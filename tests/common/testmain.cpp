// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "testmain.h"

#include <cstdio>
#include <cstring>
#include <map>
#include <string>

namespace {

std::map<std::string, quorum::test::SuiteEntry> &suites()
{
    static std::map<std::string, quorum::test::SuiteEntry> registered;
    return registered;
}

std::string suiteName(const char *sourceFile)
{
    std::string name(sourceFile);
    if (const auto slash = name.find_last_of('/'); slash != std::string::npos)
        name.erase(0, slash + 1);
    if (const auto dot = name.find('.'); dot != std::string::npos)
        name.erase(dot);
    return name;
}

} // namespace

bool quorum::test::registerSuite(const char *sourceFile, SuiteEntry entry)
{
    return suites().emplace(suiteName(sourceFile), entry).second;
}

// Runs the suite named by the first argument with the rest, as if it were its own program.
int main(int argc, char *argv[])
{
    const auto suite = argc > 1 ? suites().find(argv[1]) : suites().end();
    if (suite == suites().end()) {
        std::fprintf(stderr,
                     "usage: %s SUITE [Qt Test options and test functions]\nsuites:", argv[0]);
        for (const auto &[name, entry] : suites())
            std::fprintf(stderr, " %s", name.c_str());
        std::fputc('\n', stderr);
        return 2;
    }
    // The suite sees itself as the program: argv[0] stays, the suite's name goes.
    for (int i = 1; i + 1 < argc; ++i)
        argv[i] = argv[i + 1];
    argv[argc - 1] = nullptr;
    return suite->second(argc - 1, argv);
}
