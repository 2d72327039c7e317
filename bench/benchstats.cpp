// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "benchstats.h"

#include <algorithm>
#include <cstdio>

namespace quorum::bench {

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(qMin(values.size() - 1, qsizetype(p * values.size())));
}

void reportTimes(const char *what, const QList<double> &milliseconds, double targetP95)
{
    const double p95 = percentile(milliseconds, 0.95);
    std::printf("%-46s p50 %8.2f ms   p95 %8.2f ms   max %8.2f ms", what,
                percentile(milliseconds, 0.5), p95, percentile(milliseconds, 1.0));
    if (targetP95 > 0)
        std::printf("   target p95 < %.0f ms  %s", targetP95, p95 < targetP95 ? "met" : "MISSED");
    std::printf("\n");
    std::fflush(stdout);
}

} // namespace quorum::bench
