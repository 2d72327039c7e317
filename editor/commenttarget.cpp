// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "commenttarget.h"

#include "markdownedit.h"
#include "sectioneditor.h"
#include "tldreditor.h"
#include "voicecard.h"

#include <QLineEdit>

namespace quorum {

CommentTarget commentTargetFor(const SectionEditor *editor, const QWidget *focus)
{
    CommentTarget target{editor ? editor->sectionId() : QString(), TextField::Markdown, 0};
    if (!editor || !focus || !editor->isAncestorOf(focus))
        return target;
    if (focus == editor->headingEdit()) {
        target.field = TextField::Heading;
        return target;
    }
    if (focus == editor->markdownEdit())
        return target;
    if (const auto *tldr = qobject_cast<const TlDrEditor *>(editor)) {
        for (int i = 0; i < tldr->bulletCount(); ++i) {
            if (focus == tldr->bulletEdit(i)) {
                target.field = TextField::Bullet;
                target.index = i;
                return target;
            }
        }
    }
    for (const QWidget *widget = focus; widget && widget != editor;
         widget = widget->parentWidget()) {
        const auto *card = qobject_cast<const VoiceCard *>(widget);
        if (!card)
            continue;
        target.index = card->index();
        target.field = focus == card->authorEdit()  ? TextField::VoiceAuthor
                       : focus == card->forumEdit() ? TextField::VoiceForum
                       : focus == card->urlEdit()   ? TextField::VoiceUrl
                                                    : TextField::VoiceQuote;
        return target;
    }
    return target;
}

} // namespace quorum
