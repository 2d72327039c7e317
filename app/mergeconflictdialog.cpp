// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "mergeconflictdialog.h"

#include "diffview.h"
#include "siteupdate.h"
#include "textdiff.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace quorum {

namespace {

bool hasMarkdownOnly(const Section &section)
{
    return section.kind == SectionKind::Introduction || section.kind == SectionKind::Text ||
           section.kind == SectionKind::Conclusion;
}

QString valueText(const QVariant &value)
{
    if (value.metaType().id() == QMetaType::QDateTime) {
        const QDateTime when = value.toDateTime();
        return when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::ShortFormat)
                              : MergeConflictDialog::tr("(none)");
    }
    if (value.metaType().id() == QMetaType::QJsonObject) {
        return QString::fromUtf8(
            QJsonDocument(value.toJsonObject()).toJson(QJsonDocument::Compact));
    }
    const QString text = value.toString();
    return text.isEmpty() ? MergeConflictDialog::tr("(empty)") : text;
}

// A one-section article, for the diff view.
Article holding(const std::optional<Section> &section)
{
    Article article;
    if (section)
        article.sections.append(*section);
    return article;
}

// The article's metadata with the text field `key` set to `value`, for the diff view; nullopt
// for a field the diff view does not show.
std::optional<Article> withField(const QString &key, const QVariant &value)
{
    Article article;
    ArticleMeta &meta = article.meta;
    QString *field = key == u"title"           ? &meta.title
                     : key == u"slug"          ? &meta.slug
                     : key == u"author"        ? &meta.author
                     : key == u"focusKeyword"  ? &meta.focusKeyword
                     : key == u"excerpt"       ? &meta.excerpt
                     : key == u"featuredImage" ? &meta.featuredImage
                                               : nullptr;
    if (!field)
        return std::nullopt;
    *field = value.toString();
    return article;
}

} // namespace

MergeConflictDialog::MergeConflictDialog(const ArticleMerge &merge, QWidget *parent)
    : QDialog(parent)
    , m_merge(merge)
    , m_lines(describeConflicts(merge))
    , m_choices(merge.conflicts.size())
    , m_list(new QListWidget(this))
    , m_explanation(new QLabel(this))
    , m_diff(new DiffView(this))
    , m_mine(new QPushButton(tr("Keep &Mine"), this))
    , m_sites(new QPushButton(tr("Take the &Site's"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Apply | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Update from Site: Conflicts"));
    setObjectName(u"mergeConflicts"_s);
    m_list->setObjectName(u"conflictList"_s);
    m_mine->setObjectName(u"keepMine"_s);
    m_sites->setObjectName(u"takeSites"_s);
    m_edit->setObjectName(u"editConflict"_s);
    m_list->setWordWrap(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_explanation->setWordWrap(true);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_diff->setShowUnchanged(true);
    m_diff->setAccessibleName(tr("What the site's version changed against yours"));

    auto *intro = new QLabel(tr("You and someone on the site changed the same things. Settle each "
                                "one; nothing changes until you apply."),
                             this);
    intro->setWordWrap(true);
    for (const QString &line : std::as_const(m_lines))
        m_list->addItem(line);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_explanation);
    rightLayout->addWidget(m_diff, 1);
    auto *choices = new QHBoxLayout;
    choices->addWidget(m_mine);
    choices->addWidget(m_sites);
    choices->addWidget(m_edit);
    choices->addStretch();
    rightLayout->addLayout(choices);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_list);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({320, 580});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Apply)->setText(tr("&Apply the Merge"));
    m_buttons->button(QDialogButtonBox::Apply)->setObjectName(u"applyMerge"_s);
    resize(900, 560);

    connect(m_list, &QListWidget::currentRowChanged, this, [this] { showCurrent(); });
    connect(m_mine, &QPushButton::clicked, this, &MergeConflictDialog::keepMine);
    connect(m_sites, &QPushButton::clicked, this, &MergeConflictDialog::takeSites);
    connect(m_edit, &QPushButton::clicked, this, &MergeConflictDialog::editSection);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
            &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (int row = 0; row < m_list->count(); ++row)
        updateRow(row);
    setCurrent(0);
}

void MergeConflictDialog::setCurrent(int row)
{
    m_list->setCurrentRow(row);
    showCurrent();
}

void MergeConflictDialog::showCurrent()
{
    const int row = m_list->currentRow();
    const bool valid = row >= 0 && row < m_merge.conflicts.size();
    m_mine->setEnabled(valid);
    m_sites->setEnabled(valid);
    m_edit->setEnabled(false);
    if (!valid)
        return;
    const MergeConflict &conflict = m_merge.conflicts.at(row);
    if (conflict.kind == MergeConflict::Kind::Field) {
        m_explanation->setText(tr("Yours: %1\nThe site's: %2\nAs last synced: %3")
                                   .arg(valueText(conflict.localValue),
                                        valueText(conflict.remoteValue),
                                        valueText(conflict.baseValue)));
        const auto mine = withField(conflict.id, conflict.localValue);
        const auto sites = withField(conflict.id, conflict.remoteValue);
        m_diff->setVisible(mine && sites);
        if (mine && sites)
            m_diff->setDiff(diffArticles(*mine, *sites));
        return;
    }
    m_diff->setVisible(true);
    if (!conflict.local || !conflict.remote) {
        m_explanation->setText(conflict.local
                                   ? tr("You changed this section; on the site it was deleted. "
                                        "Keeping yours keeps it, taking the site's deletes it.")
                                   : tr("You deleted this section; on the site it was changed. "
                                        "Keeping yours deletes it, taking the site's keeps it."));
    } else {
        m_explanation->setText(tr("Below: what the site's version changed against yours, "
                                  "inserted and deleted words marked."));
    }
    m_diff->setDiff(diffArticles(holding(conflict.local), holding(conflict.remote)));
    const std::optional<Section> &any = conflict.local ? conflict.local : conflict.remote;
    m_edit->setEnabled(any && hasMarkdownOnly(*any));
    m_edit->setToolTip(m_edit->isEnabled()
                           ? tr("Write the section's text yourself, starting from yours")
                           : tr("Keep one side, then change the section in its editor"));
}

void MergeConflictDialog::keepMine()
{
    settle({MergeSide::Local, std::nullopt});
}

void MergeConflictDialog::takeSites()
{
    settle({MergeSide::Remote, std::nullopt});
}

void MergeConflictDialog::useEdited(const Section &section)
{
    settle({MergeSide::Local, section});
}

void MergeConflictDialog::settle(const Choice &choice)
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_choices.size())
        return;
    m_choices[row] = choice;
    updateRow(row);
    // On to the next conflict not settled yet, so that the keyboard alone gets through them.
    for (int next = 1; next <= m_choices.size(); ++next) {
        const int candidate = (row + next) % int(m_choices.size());
        if (!m_choices.at(candidate)) {
            setCurrent(candidate);
            break;
        }
    }
}

void MergeConflictDialog::editSection()
{
    const MergeConflict &conflict = m_merge.conflicts.at(m_list->currentRow());
    Section section = conflict.local ? *conflict.local : *conflict.remote;
    QDialog editor(this);
    editor.setWindowTitle(tr("Edit “%1”").arg(section.heading));
    auto *text = new QPlainTextEdit(section.markdown, &editor);
    text->setObjectName(u"editedText"_s);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &editor);
    auto *layout = new QVBoxLayout(&editor);
    layout->addWidget(
        new QLabel(tr("The site's version of this text:\n%1")
                       .arg(conflict.remote ? conflict.remote->markdown : tr("(deleted)")),
                   &editor));
    layout->addWidget(text, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &editor, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &editor, &QDialog::reject);
    editor.resize(700, 420);
    if (editor.exec() != QDialog::Accepted)
        return;
    section.markdown = text->toPlainText();
    useEdited(section);
}

void MergeConflictDialog::updateRow(int row)
{
    QString text = m_lines.value(row);
    const std::optional<Choice> &choice = m_choices.at(row);
    if (choice) {
        text += choice->edited                     ? tr(" — edited")
                : choice->side == MergeSide::Local ? tr(" — yours")
                                                   : tr(" — the site's");
    }
    m_list->item(row)->setText(text);
    bool all = true;
    for (const std::optional<Choice> &each : std::as_const(m_choices))
        all = all && each.has_value();
    m_buttons->button(QDialogButtonBox::Apply)->setEnabled(all);
}

ArticleMerge MergeConflictDialog::resolved() const
{
    ArticleMerge merge = m_merge;
    // Each settles the first open conflict: they are in the order of m_choices.
    for (const std::optional<Choice> &choice : m_choices) {
        if (!choice)
            return m_merge;
        if (choice->edited)
            merge.resolveSection(0, choice->edited);
        else
            merge.resolve(0, choice->side);
    }
    return merge;
}

} // namespace quorum
