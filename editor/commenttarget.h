// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include "commentanchoring.h"

namespace quorum {

class SectionEditor;

/// What a comment started from `focus` (a field inside `editor`) is about: the heading, the
/// Markdown, a bullet, or one field of a voice; the section as a whole for anything else.
CommentTarget commentTargetFor(const SectionEditor *editor, const QWidget *focus);

} // namespace quorum
