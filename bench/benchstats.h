// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include <QList>

namespace quorum::bench {

/// The value below which a fraction `p` (0..1) of `values` fall (nearest rank).
double percentile(QList<double> values, double p);

/// Prints one line: "what  p50 … ms  p95 … ms  [max … ms]  target p95 < T ms  met|MISSED".
/// A target of 0 prints no verdict.
void reportTimes(const char *what, const QList<double> &milliseconds, double targetP95 = 0);

} // namespace quorum::bench
