// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "articledetailsform.h"

#include "fieldtext.h"

#include "articledocument.h"
#include "featuredimagefield.h"
#include "slug.h"
#include "slugfield.h"
#include "tokenedit.h"
#include "undorouting.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QStandardItemModel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace quorum {

namespace {

/// A language in the list: shown as "English (en)", edited (and stored) as "en".
class LanguageItem : public QStandardItem
{
public:
    LanguageItem(const QString &code, const QString &name)
        : QStandardItem(ArticleDetailsForm::tr("%1 (%2)").arg(name, code))
        , m_code(code)
    {}
    QVariant data(int role) const override
    {
        return role == Qt::EditRole ? QVariant(m_code) : QStandardItem::data(role);
    }

private:
    QString m_code;
};

/// Where a cursor at `position` in `before` belongs in `after`: before the change it stays,
/// after it it moves with the text, inside it it goes to the end of the new text.
int mappedCursor(const QString &before, const QString &after, int position)
{
    const qsizetype shorter = qMin(before.size(), after.size());
    qsizetype prefix = 0;
    while (prefix < shorter && before.at(prefix) == after.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < shorter - prefix &&
           before.at(before.size() - 1 - suffix) == after.at(after.size() - 1 - suffix))
        ++suffix;
    if (position <= prefix)
        return position;
    if (position >= before.size() - suffix)
        return int(position + after.size() - before.size());
    return int(after.size() - suffix);
}

/// Shows `text` in `edit` unless it shows it already; the cursor keeps its place in the text.
void showText(QLineEdit *edit, const QString &text)
{
    if (edit->text() == text)
        return;
    const QSignalBlocker blocker(edit);
    const int position = mappedCursor(edit->text(), text, edit->cursorPosition());
    edit->setText(text);
    edit->setCursorPosition(position);
}

void showText(QPlainTextEdit *edit, const QString &text)
{
    const QString shown = edit->toPlainText();
    if (shown == text)
        return;
    const QSignalBlocker blocker(edit);
    const int position = mappedCursor(shown, text, edit->textCursor().position());
    edit->setPlainText(text);
    QTextCursor cursor = edit->textCursor();
    cursor.setPosition(qBound(0, position, int(text.size())));
    edit->setTextCursor(cursor);
}

/// Characters as a reader counts them: a character outside the BMP is one, not two.
int characterCount(const QString &text)
{
    int count = 0;
    for (QChar c : text)
        count += !c.isLowSurrogate();
    return count;
}

QStringList unite(QStringList seen, const QStringList &more)
{
    for (const QString &term : more) {
        if (!seen.contains(term, Qt::CaseInsensitive))
            seen.append(term);
    }
    return seen;
}

QLabel *groupHeading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

ArticleDetailsForm::ArticleDetailsForm(ArticleDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_title(new QLineEdit)
    , m_slugField(new SlugField(document))
    , m_excerpt(new QPlainTextEdit)
    , m_excerptCount(new QLabel)
    , m_focusKeyword(new QLineEdit)
    , m_categories(new TokenEdit)
    , m_tags(new TokenEdit)
    , m_image(new FeaturedImageField)
    , m_imageAlt(new QLineEdit)
    , m_language(new QComboBox)
    , m_author(new QLineEdit)
    , m_hasDate(new QCheckBox(tr("Publication &date:")))
    , m_date(new QDateTimeEdit)
{
    buildLayout();
    connectFields();
    rememberArticleTerms();
    refresh();
}

QLineEdit *ArticleDetailsForm::slugEdit() const
{
    return m_slugField->edit();
}

QAbstractButton *ArticleDetailsForm::followTitleButton() const
{
    return m_slugField->followTitleButton();
}

QString ArticleDetailsForm::excerptCountText(int characters)
{
    const QString count = tr("%Ln characters", nullptr, characters);
    if (characters == 0)
        return count;
    // A hint, not an error: search results show about this much of the excerpt.
    if (characters < kExcerptShortest)
        return tr("%1, shorter than the %2 to %3 that search results show")
            .arg(count)
            .arg(kExcerptShortest)
            .arg(kExcerptLongest);
    if (characters > kExcerptLongest)
        return tr("%1, search results cut after about %2").arg(count).arg(kExcerptLongest);
    return count;
}

void ArticleDetailsForm::buildLayout()
{
    auto *content = new QWidget;
    auto *column = new QVBoxLayout(content);
    auto *form = new QFormLayout;
    column->addLayout(form);
    column->addStretch(1); // rows keep their height; the space left goes below the form
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);

    const auto labelFor = [content](const QString &text, QWidget *buddy) {
        auto *label = new QLabel(text, content);
        label->setBuddy(buddy);
        return label;
    };

    form->addRow(groupHeading(tr("Post"), content));
    form->addRow(labelFor(tr("&Title:"), m_title), m_title);
    form->addRow(labelFor(tr("S&lug:"), m_slugField->edit()), m_slugField);
    auto *excerptColumn = new QVBoxLayout;
    excerptColumn->addWidget(m_excerpt);
    excerptColumn->addWidget(m_excerptCount);
    form->addRow(labelFor(tr("E&xcerpt:"), m_excerpt), excerptColumn);
    form->addRow(labelFor(tr("Focus &keyword:"), m_focusKeyword), m_focusKeyword);

    form->addRow(groupHeading(tr("Categories and tags"), content));
    form->addRow(labelFor(tr("&Categories:"), m_categories->lineEdit()), m_categories);
    form->addRow(labelFor(tr("Ta&gs:"), m_tags->lineEdit()), m_tags);

    form->addRow(groupHeading(tr("Featured image"), content));
    form->addRow(labelFor(tr("&Image:"), m_image->chooseButton()), m_image);
    form->addRow(labelFor(tr("&Alt text:"), m_imageAlt), m_imageAlt);

    form->addRow(groupHeading(tr("Publishing"), content));
    form->addRow(labelFor(tr("La&nguage:"), m_language), m_language);
    form->addRow(labelFor(tr("A&uthor:"), m_author), m_author);
    form->addRow(m_hasDate, m_date);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setAccessibleName(tr("Article details"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    m_title->setAccessibleName(tr("Title"));
    m_excerpt->setAccessibleName(tr("Excerpt"));
    m_excerpt->setTabChangesFocus(true);
    m_excerpt->setFixedHeight(m_excerpt->fontMetrics().lineSpacing() * 5 +
                              2 * m_excerpt->frameWidth() +
                              int(m_excerpt->document()->documentMargin() * 2));
    m_excerptCount->setAccessibleName(tr("Excerpt length"));
    m_excerptCount->setWordWrap(true);
    m_focusKeyword->setAccessibleName(tr("Focus keyword"));
    m_focusKeyword->setPlaceholderText(tr("The phrase readers search for"));
    m_categories->lineEdit()->setAccessibleName(tr("Categories"));
    m_categories->setPlaceholderText(tr("Add a category"));
    m_categories->setRecentTermsKey(u"editor/recentCategories"_s);
    m_tags->lineEdit()->setAccessibleName(tr("Tags"));
    m_tags->setPlaceholderText(tr("Add a tag"));
    m_tags->setRecentTermsKey(u"editor/recentTags"_s);
    m_imageAlt->setAccessibleName(tr("Featured image alt text"));
    m_imageAlt->setPlaceholderText(tr("What the image shows, for readers who cannot see it"));
    m_author->setAccessibleName(tr("Author"));

    // Endonyms: a language is listed by its own name.
    auto *languages = new QStandardItemModel(m_language);
    languages->appendRow(new LanguageItem(u"en"_s, tr("English")));
    languages->appendRow(new LanguageItem(u"nb"_s, tr("Norsk bokmål")));
    m_language->setModel(languages);
    m_language->setEditable(true);
    m_language->setInsertPolicy(QComboBox::NoInsert);
    // Typed codes are taken as typed: inline completion would store "n" while showing "nb".
    m_language->setCompleter(nullptr);
    m_language->setAccessibleName(tr("Language"));
    m_language->lineEdit()->setAccessibleName(tr("Language"));
    m_language->setToolTip(tr("A BCP 47 language tag: pick one or type another, such as de "
                              "or nn-NO"));

    m_hasDate->setAccessibleName(tr("Set a publication date"));
    m_date->setAccessibleName(tr("Publication date"));
    m_date->setCalendarPopup(true);
    m_date->setKeyboardTracking(false); // a date typed digit by digit is one edit
    m_date->setSpecialValueText(tr("Not set"));
    QString format = locale().dateTimeFormat(QLocale::ShortFormat);
    if (!format.contains(u"yyyy"_s))
        format.replace(u"yy"_s, u"yyyy"_s);
    format.remove(QRegularExpression(u"[:.]ss"_s)); // minutes are precise enough
    m_date->setDisplayFormat(format);
    m_date->setToolTip(tr("In your time zone; WordPress shows it in the site's"));

    // One history for every field; in a token field, undo takes back the last token change.
    const QList<QWidget *> undoable = {m_title,
                                       m_excerpt,
                                       m_focusKeyword,
                                       m_categories->lineEdit(),
                                       m_tags->lineEdit(),
                                       m_imageAlt,
                                       m_language->lineEdit(),
                                       m_author,
                                       m_date};
    for (QWidget *edit : undoable)
        routeUndoToDocument(edit, m_document);

    // Reading order, whatever order the widgets were made in.
    const QList<QWidget *> order = {m_title,
                                    m_slugField->edit(),
                                    m_slugField->followTitleButton(),
                                    m_excerpt,
                                    m_focusKeyword,
                                    m_categories->lineEdit(),
                                    m_tags->lineEdit(),
                                    m_image->chooseButton(),
                                    m_image->removeButton(),
                                    m_imageAlt,
                                    m_language,
                                    m_author,
                                    m_hasDate,
                                    m_date};
    for (qsizetype i = 0; i + 1 < order.size(); ++i)
        setTabOrder(order.at(i), order.at(i + 1));
    setFocusProxy(m_title);
}

void ArticleDetailsForm::connectFields()
{
    connect(m_title, &QLineEdit::textEdited, this, &ArticleDetailsForm::titleEdited);
    const auto typed = [this](QLineEdit *edit, QString ArticleMeta::*field) {
        connect(edit, &QLineEdit::textEdited, this, [this, field](const QString &text) {
            ArticleMeta edited = meta();
            edited.*field = text;
            commit(edited, true);
        });
    };
    typed(m_focusKeyword, &ArticleMeta::focusKeyword);
    typed(m_imageAlt, &ArticleMeta::featuredImageAlt);
    typed(m_author, &ArticleMeta::author);
    connect(m_language->lineEdit(), &QLineEdit::textEdited, this, [this](const QString &text) {
        ArticleMeta edited = meta();
        edited.language = text.trimmed();
        commit(edited, true);
    });
    connect(m_language, &QComboBox::activated, this, [this](int index) {
        ArticleMeta edited = meta();
        edited.language = m_language->itemData(index, Qt::EditRole).toString();
        commit(edited, false);
    });
    connect(m_excerpt, &QPlainTextEdit::textChanged, this, [this] {
        ArticleMeta edited = meta();
        edited.excerpt = m_excerpt->toPlainText();
        commit(edited, true);
    });
    connect(m_categories, &TokenEdit::tokensEdited, this, [this](const QStringList &tokens) {
        ArticleMeta edited = meta();
        edited.categories = tokens;
        commit(edited, false);
    });
    connect(m_tags, &TokenEdit::tokensEdited, this, [this](const QStringList &tokens) {
        ArticleMeta edited = meta();
        edited.tags = tokens;
        commit(edited, false);
    });
    connect(m_image, &FeaturedImageField::chosen, this, [this](const QString &file) {
        ArticleMeta edited = meta();
        edited.featuredImage = FeaturedImageField::storedPath(file, m_document->filePath());
        commit(edited, false);
    });
    connect(m_image, &FeaturedImageField::removed, this, [this] {
        ArticleMeta edited = meta();
        edited.featuredImage.clear();
        edited.featuredImageAlt.clear(); // describes the image that went
        commit(edited, false);
    });
    connect(m_hasDate, &QCheckBox::toggled, this, [this](bool set) {
        ArticleMeta edited = meta();
        if (set) {
            const QDateTime now = QDateTime::currentDateTimeUtc();
            edited.published =
                QDateTime(now.date(), QTime(now.time().hour(), now.time().minute()), Qt::UTC);
        } else {
            edited.published = QDateTime();
        }
        commit(edited, false);
        if (set)
            m_date->setFocus(Qt::OtherFocusReason);
    });
    connect(m_date, &QDateTimeEdit::dateTimeChanged, this, [this](const QDateTime &value) {
        if (!m_hasDate->isChecked())
            return;
        ArticleMeta edited = meta();
        edited.published = value.toUTC();
        commit(edited, false);
    });

    connect(m_document, &ArticleDocument::metaChanged, this, &ArticleDetailsForm::refresh);
    connect(m_document, &ArticleDocument::filePathChanged, this, &ArticleDetailsForm::refresh);
    connect(m_document, &ArticleDocument::articleReset, this, &ArticleDetailsForm::articleReplaced);
}

ArticleMeta ArticleDetailsForm::meta() const
{
    return m_document->article().meta;
}

void ArticleDetailsForm::commit(const ArticleMeta &meta, bool typing)
{
    m_document->setMeta(meta, typing);
}

void ArticleDetailsForm::titleEdited(const QString &title)
{
    ArticleMeta edited = meta();
    const bool follows = SlugField::followsTitle(m_document->article());
    edited.title = title;
    if (follows)
        edited.slug = slugify(title); // the same edit: one undo step takes back both
    commit(edited, true);
}

void ArticleDetailsForm::articleReplaced()
{
    m_seenCategories.clear();
    m_seenTags.clear();
    rememberArticleTerms();
    refresh();
}

void ArticleDetailsForm::rememberArticleTerms()
{
    // Terms of the articles a writer opens are the ones worth offering in the next.
    const ArticleMeta &current = m_document->article().meta;
    m_categories->rememberTerms(current.categories);
    m_tags->rememberTerms(current.tags);
}

void ArticleDetailsForm::refresh()
{
    const ArticleMeta &current = m_document->article().meta;
    showText(m_title, current.title);
    showText(m_excerpt, current.excerpt);
    showText(m_focusKeyword, current.focusKeyword);
    showText(m_imageAlt, current.featuredImageAlt);
    showText(m_author, current.author);
    showText(m_language->lineEdit(), current.language);
    m_slugField->refresh();

    m_categories->setTokens(current.categories);
    m_tags->setTokens(current.tags);
    m_seenCategories = unite(m_seenCategories, current.categories);
    m_seenTags = unite(m_seenTags, current.tags);
    m_categories->setCompletionTerms(m_seenCategories);
    m_tags->setCompletionTerms(m_seenTags);

    m_image->setImage(current.featuredImage, m_document->filePath());

    const bool dated = current.published.isValid();
    {
        const QSignalBlocker dateBlocker(m_date);
        const QSignalBlocker boxBlocker(m_hasDate);
        m_hasDate->setChecked(dated);
        m_date->setEnabled(dated);
        if (!dated)
            m_date->setDateTime(m_date->minimumDateTime()); // shows "Not set"
        else if (m_date->dateTime() != current.published)
            m_date->setDateTime(current.published.toLocalTime());
    }
    updateExcerptCount();
}

void ArticleDetailsForm::updateExcerptCount()
{
    const QString text = excerptCountText(characterCount(m_excerpt->toPlainText()));
    m_excerptCount->setText(text);
    m_excerpt->setAccessibleDescription(text);
}

bool ArticleDetailsForm::revealText(const TextLocation &location)
{
    QLineEdit *line = nullptr;
    switch (location.field) {
    case TextField::Title:
        line = m_title;
        break;
    case TextField::Slug:
        line = m_slugField->edit();
        break;
    case TextField::Author:
        line = m_author;
        break;
    case TextField::FocusKeyword:
        line = m_focusKeyword;
        break;
    case TextField::FeaturedImageAlt:
        line = m_imageAlt;
        break;
    case TextField::Excerpt:
        revealInPlainTextEdit(m_excerpt, location.start, location.length);
        return true;
    default:
        return false;
    }
    revealInLineEdit(line, location.start, location.length);
    return true;
}

} // namespace quorum
