// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include "sectionsource.h"

#include <QJsonObject>

namespace quorum {

class ObjectReader;

/// A section's source as the "source" member of a section in a .quorum file
/// (docs/file-format.md). A block's "before" is written only where it is not a blank line.
QJsonObject sectionSourceToJson(const SectionSource &source);

/// Reads what sectionSourceToJson wrote; failures are reported through `reader`.
void readSectionSource(ObjectReader &reader, SectionSource *source);

} // namespace quorum
