// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "commentspanel.h"

#include "articledocument.h"
#include "locationlabel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace quorum {

namespace {

constexpr int kCommentIdRole = Qt::UserRole;

QString shortTime(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat)
                          : QString();
}

// One line of a comment's text for the list; the whole text is the tooltip.
QString firstLine(const QString &text)
{
    const QString trimmed = text.trimmed();
    const qsizetype end = trimmed.indexOf(u'\n');
    return end < 0 ? trimmed : trimmed.left(end) + u" …"_s;
}

} // namespace

CommentsPanel::CommentsPanel(ArticleDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_filter(new QComboBox(this))
    , m_newButton(new QPushButton(tr("&New Comment"), this))
    , m_list(new QTreeWidget(this))
    , m_composer(new QWidget(this))
    , m_composerTarget(new QLabel(m_composer))
    , m_composerText(new QPlainTextEdit(m_composer))
    , m_replyText(new QLineEdit(this))
    , m_replyButton(new QPushButton(tr("&Reply"), this))
    , m_resolveButton(new QPushButton(tr("Re&solve"), this))
    , m_deleteButton(new QPushButton(tr("&Delete"), this))
{
    m_filter->setObjectName(u"commentFilter"_s);
    m_filter->setAccessibleName(tr("Show comments"));
    m_filter->addItem(tr("Open"), int(Filter::Open));
    m_filter->addItem(tr("Resolved"), int(Filter::Resolved));
    m_filter->addItem(tr("All"), int(Filter::All));
    connect(m_filter, &QComboBox::currentIndexChanged, this, &CommentsPanel::rebuild);

    m_newButton->setObjectName(u"newComment"_s);
    m_newButton->setToolTip(tr("Comment on the section being edited"));
    connect(m_newButton, &QPushButton::clicked, this,
            [this] { beginComment(m_currentSection, CommentAnchor{}); });

    m_list->setObjectName(u"commentList"_s);
    m_list->setAccessibleName(tr("Comments"));
    m_list->setHeaderLabels({tr("Comment"), tr("On"), tr("By")});
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::Interactive);
    m_list->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    connect(m_list, &QTreeWidget::itemClicked, this, &CommentsPanel::activate);
    connect(m_list, &QTreeWidget::itemActivated, this, &CommentsPanel::activate);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &CommentsPanel::updateButtons);

    // The composer: what the comment is on, its text, Add and Cancel.
    m_composer->setObjectName(u"composer"_s);
    m_composerTarget->setObjectName(u"composerTarget"_s);
    m_composerTarget->setWordWrap(true);
    m_composerText->setObjectName(u"composerText"_s);
    m_composerText->setAccessibleName(tr("New comment"));
    m_composerText->setPlaceholderText(tr("Write a comment"));
    m_composerText->setTabChangesFocus(true);
    m_composerText->setMaximumHeight(m_composerText->fontMetrics().lineSpacing() * 6);
    auto *add = new QPushButton(tr("&Add Comment"), m_composer);
    add->setObjectName(u"addComment"_s);
    add->setToolTip(tr("Add the comment (Ctrl+Return)"));
    auto *cancel = new QPushButton(tr("Cancel"), m_composer);
    cancel->setObjectName(u"cancelComment"_s);
    connect(add, &QPushButton::clicked, this, &CommentsPanel::addComposed);
    connect(cancel, &QPushButton::clicked, this, &CommentsPanel::cancelComposing);
    auto *addShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), m_composerText);
    addShortcut->setContext(Qt::WidgetShortcut);
    connect(addShortcut, &QShortcut::activated, this, &CommentsPanel::addComposed);
    auto *cancelShortcut = new QShortcut(QKeySequence(Qt::Key_Escape), m_composerText);
    cancelShortcut->setContext(Qt::WidgetShortcut);
    connect(cancelShortcut, &QShortcut::activated, this, &CommentsPanel::cancelComposing);
    auto *composerButtons = new QHBoxLayout;
    composerButtons->addStretch(1);
    composerButtons->addWidget(cancel);
    composerButtons->addWidget(add);
    auto *composerLayout = new QVBoxLayout(m_composer);
    composerLayout->setContentsMargins(0, 0, 0, 0);
    composerLayout->addWidget(m_composerTarget);
    composerLayout->addWidget(m_composerText);
    composerLayout->addLayout(composerButtons);
    m_composer->hide();

    // The thread of the selected comment.
    m_replyText->setObjectName(u"replyText"_s);
    m_replyText->setAccessibleName(tr("Reply"));
    m_replyText->setPlaceholderText(tr("Reply to the selected comment"));
    m_replyButton->setObjectName(u"replyButton"_s);
    m_resolveButton->setObjectName(u"resolveButton"_s);
    m_deleteButton->setObjectName(u"deleteButton"_s);
    connect(m_replyText, &QLineEdit::returnPressed, this, &CommentsPanel::reply);
    connect(m_replyText, &QLineEdit::textChanged, this, &CommentsPanel::updateButtons);
    connect(m_replyButton, &QPushButton::clicked, this, &CommentsPanel::reply);
    connect(m_resolveButton, &QPushButton::clicked, this, &CommentsPanel::toggleResolved);
    connect(m_deleteButton, &QPushButton::clicked, this, &CommentsPanel::removeCurrent);

    auto *top = new QHBoxLayout;
    top->addWidget(m_filter);
    top->addStretch(1);
    top->addWidget(m_newButton);
    auto *threadButtons = new QHBoxLayout;
    threadButtons->addWidget(m_replyText, 1);
    threadButtons->addWidget(m_replyButton);
    threadButtons->addWidget(m_resolveButton);
    threadButtons->addWidget(m_deleteButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_composer);
    layout->addWidget(m_list, 1);
    layout->addLayout(threadButtons);

    connect(document, &ArticleDocument::commentsChanged, this, &CommentsPanel::rebuild);
    connect(document, &ArticleDocument::articleReset, this, [this] {
        cancelComposing();
        rebuild();
    });
    connect(document, &ArticleDocument::structureChanged, this, &CommentsPanel::rebuild);
    connect(document, &ArticleDocument::sectionChanged, this, [this](const QString &id) {
        // Headings show in the list; anchors themselves change through commentsChanged.
        for (const ReviewComment &comment : m_document->article().comments) {
            if (comment.sectionId == id)
                return rebuild();
        }
    });
    setCurrentSection({});
    rebuild();
}

CommentsPanel::Filter CommentsPanel::filter() const
{
    return Filter(m_filter->currentData().toInt());
}

void CommentsPanel::setFilter(Filter filter)
{
    m_filter->setCurrentIndex(m_filter->findData(int(filter)));
}

void CommentsPanel::setCurrentSection(const QString &sectionId)
{
    m_currentSection = sectionId;
    m_newButton->setEnabled(m_document->section(sectionId) != nullptr);
}

void CommentsPanel::beginComment(const QString &sectionId, const CommentAnchor &anchor)
{
    if (!m_document->section(sectionId))
        return;
    m_composeSection = sectionId;
    m_composeAnchor = anchor;
    m_composerTarget->setText(tr("On %1").arg(anchorText(sectionId, anchor, false)));
    m_composerText->clear();
    m_composer->show();
    m_composerText->setFocus(Qt::OtherFocusReason);
}

bool CommentsPanel::isComposing() const
{
    return !m_composer->isHidden();
}

void CommentsPanel::addComposed()
{
    ReviewComment comment;
    comment.sectionId = m_composeSection;
    comment.anchor = m_composeAnchor;
    comment.author = m_userName;
    comment.text = m_composerText->toPlainText().trimmed();
    if (comment.text.isEmpty()) {
        m_composerText->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (filter() == Filter::Resolved)
        setFilter(Filter::Open); // where the new comment shows
    const QString id = m_document->addComment(comment);
    cancelComposing();
    selectComment(id);
}

void CommentsPanel::cancelComposing()
{
    m_composer->hide();
    m_composerText->clear();
    m_composeSection.clear();
    m_composeAnchor = {};
}

QString CommentsPanel::currentCommentId() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (item && item->parent())
        item = item->parent();
    return item ? item->data(0, kCommentIdRole).toString() : QString();
}

void CommentsPanel::selectComment(const QString &id)
{
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_list->topLevelItem(row);
        if (item->data(0, kCommentIdRole).toString() == id) {
            m_list->setCurrentItem(item);
            return;
        }
    }
}

const ReviewComment *CommentsPanel::currentComment() const
{
    const qsizetype index = m_document->article().indexOfComment(currentCommentId());
    return index < 0 ? nullptr : &m_document->article().comments.at(index);
}

QString CommentsPanel::anchorText(const QString &sectionId, const CommentAnchor &anchor,
                                  bool detached) const
{
    const Article &article = m_document->article();
    ReviewComment probe;
    probe.sectionId = sectionId;
    probe.anchor = anchor;
    probe.detached = detached;
    const QString where = locationLabel(article, probe.location());
    QString text;
    if (anchor.kind == CommentAnchor::Kind::Text && !anchor.quote.isEmpty()) {
        text = tr("“%1” in %2").arg(anchor.quote.simplified().left(60), where);
    } else if (anchor.kind == CommentAnchor::Kind::Text && !detached &&
               m_document->section(sectionId)) {
        const QString *field =
            sectionFieldText(*m_document->section(sectionId), anchor.field, anchor.index);
        text = tr("“%1” in %2")
                   .arg(field ? field->mid(anchor.start, anchor.length).simplified().left(60)
                              : QString(),
                        where);
    } else if (anchor.kind == CommentAnchor::Kind::Voice && detached) {
        text = tr("a deleted voice in %1").arg(where);
    } else {
        text = where;
    }
    if (detached && anchor.kind == CommentAnchor::Kind::Text)
        text += tr(" (the text was deleted)");
    return text;
}

void CommentsPanel::rebuild()
{
    const QString selected = currentCommentId();
    const Filter shown = filter();
    {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        for (const ReviewComment &comment : m_document->article().comments) {
            if ((shown == Filter::Open && comment.resolved) ||
                (shown == Filter::Resolved && !comment.resolved))
                continue;
            auto *item = new QTreeWidgetItem(
                m_list,
                {firstLine(comment.text),
                 anchorText(comment.sectionId, comment.anchor, comment.detached), comment.author});
            item->setData(0, kCommentIdRole, comment.id);
            item->setToolTip(0, comment.text);
            item->setToolTip(2, shortTime(comment.created));
            if (comment.resolved) {
                QFont font = item->font(0);
                font.setItalic(true);
                for (int column = 0; column < 3; ++column)
                    item->setFont(column, font);
            }
            for (const CommentReply &reply : comment.replies) {
                auto *child =
                    new QTreeWidgetItem(item, {firstLine(reply.text), QString(), reply.author});
                child->setToolTip(0, reply.text);
                child->setToolTip(2, shortTime(reply.created));
            }
            item->setExpanded(true);
        }
    }
    selectComment(selected);
    updateButtons();
}

void CommentsPanel::updateButtons()
{
    const ReviewComment *comment = currentComment();
    m_replyText->setEnabled(comment != nullptr);
    m_replyButton->setEnabled(comment && !m_replyText->text().trimmed().isEmpty());
    m_resolveButton->setEnabled(comment != nullptr);
    m_deleteButton->setEnabled(comment != nullptr);
    m_resolveButton->setText(comment && comment->resolved ? tr("Re&open") : tr("Re&solve"));
}

void CommentsPanel::reply()
{
    const QString id = currentCommentId();
    const QString text = m_replyText->text().trimmed();
    if (id.isEmpty() || text.isEmpty())
        return;
    m_document->replyToComment(id, m_userName, text);
    m_replyText->clear();
}

void CommentsPanel::toggleResolved()
{
    if (const ReviewComment *comment = currentComment())
        m_document->setCommentResolved(comment->id, !comment->resolved);
}

void CommentsPanel::removeCurrent()
{
    const QString id = currentCommentId();
    if (!id.isEmpty())
        m_document->removeComment(id);
}

void CommentsPanel::activate(QTreeWidgetItem *item)
{
    if (item && item->parent())
        item = item->parent();
    const qsizetype index =
        item ? m_document->article().indexOfComment(item->data(0, kCommentIdRole).toString()) : -1;
    if (index >= 0)
        emit locationActivated(m_document->article().comments.at(index).location());
}

} // namespace quorum
