// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "sectionoutline.h"

#include "articlewording.h"

#include "articledocument.h"
#include "sectionkinds.h"
#include "sectionoutlinemodel.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QDrag>
#include <QLineEdit>
#include <QMenu>
#include <QPainter>
#include <QStyledItemDelegate>

using namespace Qt::StringLiterals;

namespace quorum {

namespace {

/// Draws a row as the style does, with the badge count in a pill at its right; the heading
/// is elided before the badge instead of running under it.
class OutlineDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        // A little air between rows: a list of headings reads better, and is easier to hit.
        size.setHeight(size.height() + option.fontMetrics.height() / 2);
        return size;
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        const int badge = index.data(SectionOutlineModel::BadgeRole).toInt();
        if (badge <= 0) {
            style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
            return;
        }
        QFont badgeFont = opt.font;
        badgeFont.setBold(true);
        badgeFont.setPointSizeF(badgeFont.pointSizeF() * 0.85);
        const QFontMetrics metrics(badgeFont);
        const QString number = opt.locale.toString(badge);
        const int height = metrics.height();
        const int width = qMax(height, metrics.horizontalAdvance(number) + height * 2 / 3);
        const int margin = opt.fontMetrics.averageCharWidth();
        const QRect pill(opt.rect.right() - margin - width, opt.rect.center().y() - height / 2,
                         width, height);

        const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
        opt.text = opt.fontMetrics.elidedText(opt.text, Qt::ElideRight,
                                              pill.left() - margin - textRect.left());
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

        const bool selected = opt.state & QStyle::State_Selected;
        const QPalette::ColorGroup group =
            opt.state & QStyle::State_Enabled ? QPalette::Active : QPalette::Disabled;
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(
            opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Highlight));
        painter->drawRoundedRect(pill, height / 2.0, height / 2.0);
        painter->setPen(
            opt.palette.color(group, selected ? QPalette::Highlight : QPalette::HighlightedText));
        painter->setFont(badgeFont);
        painter->drawText(pill, Qt::AlignCenter, number);
        painter->restore();
    }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override
    {
        QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
        editor->setAccessibleName(SectionOutline::tr("Section heading"));
        return editor;
    }
};

/// `text` with an "&" before its first letter that `used` does not hold yet, so that a menu
/// of translated names still has a key for each entry.
QString withMnemonic(const QString &text, QString *used)
{
    QString escaped = text;
    escaped.replace(u'&', u"&&"_s);
    for (qsizetype i = 0; i < escaped.size(); ++i) {
        const QChar c = escaped.at(i).toLower();
        if (c.isLetterOrNumber() && !used->contains(c)) {
            used->append(c);
            return escaped.insert(i, u'&');
        }
    }
    return escaped;
}

} // namespace

SectionOutline::SectionOutline(ArticleDocument *document, QWidget *parent)
    : QListView(parent)
    , m_document(document)
{
    // Before the model: a new article must be known when the model resets for it.
    connect(document, &ArticleDocument::articleReset, this, [this] { m_articleReplaced = true; });
    m_model = new SectionOutlineModel(document, this);
    setModel(m_model);
    setItemDelegate(new OutlineDelegate(this));
    setAccessibleName(tr("Outline"));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    setDragEnabled(true);
    setAcceptDrops(true);
    setDropIndicatorShown(true);
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::MoveAction);
    setUniformItemSizes(true);
    setTextElideMode(Qt::ElideRight);
    const int icon = fontMetrics().height();
    setIconSize(QSize(icon, icon));

    connect(selectionModel(), &QItemSelectionModel::currentChanged, this,
            &SectionOutline::currentRowChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SectionOutline::restoreSelection);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &SectionOutline::updateActions);

    createActions();
    for (const Section &section : document->article().sections)
        m_knownIds.append(section.id);
    setCurrentIndex(m_model->index(0));
    updateActions();
}

QString SectionOutline::currentSectionId() const
{
    return m_model->sectionId(currentIndex().row());
}

void SectionOutline::selectSection(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_model->index(row);
    setCurrentIndex(index);
    scrollTo(index);
}

void SectionOutline::setSectionBadge(const QString &id, int count)
{
    m_model->setBadge(id, count);
}

void SectionOutline::createActions()
{
    m_addMenu = new QMenu(tr("&Add Section"), this);
    QString used;
    for (SectionKind kind : allSectionKinds()) {
        QAction *action =
            m_addMenu->addAction(sectionKindIcon(kind), withMnemonic(sectionKindName(kind), &used));
        action->setObjectName(u"addSection-"_s + sectionKindKey(kind));
        connect(action, &QAction::triggered, this, [this, kind] { addSection(kind); });
    }

    m_add = m_addMenu->menuAction();
    m_add->setObjectName(u"addSection"_s);
    m_add->setShortcut(QKeySequence(u"Ctrl+Shift+N"_s));
    m_add->setShortcutContext(Qt::WindowShortcut);
    m_add->setToolTip(tr("Add a section of a kind you choose after the selected one"));
    connect(m_add, &QAction::triggered, this, &SectionOutline::popUpAddMenu);

    const auto make = [this](const QString &text, const QKeySequence &key,
                             Qt::ShortcutContext context, const char *name) {
        auto *action = new QAction(text, this);
        action->setObjectName(QString::fromLatin1(name));
        action->setShortcut(key);
        action->setShortcutContext(context);
        return action;
    };
    m_rename = make(tr("&Rename Section"), QKeySequence(Qt::Key_F2), Qt::WidgetWithChildrenShortcut,
                    "renameSection");
    m_duplicate = make(tr("D&uplicate Section"), QKeySequence(u"Ctrl+D"_s),
                       Qt::WidgetWithChildrenShortcut, "duplicateSection");
    m_delete = make(tr("&Delete Section"), QKeySequence(u"Ctrl+Shift+Del"_s), Qt::WindowShortcut,
                    "deleteSection");
    m_moveUp = make(tr("Move Section &Up"), QKeySequence(u"Alt+Up"_s),
                    Qt::WidgetWithChildrenShortcut, "moveSectionUp");
    m_moveDown = make(tr("Move Section Do&wn"), QKeySequence(u"Alt+Down"_s),
                      Qt::WidgetWithChildrenShortcut, "moveSectionDown");

    connect(m_rename, &QAction::triggered, this, [this] {
        if (m_model->flags(currentIndex()) & Qt::ItemIsEditable) {
            setFocus(Qt::ShortcutFocusReason);
            edit(currentIndex());
        }
    });
    connect(m_duplicate, &QAction::triggered, this, &SectionOutline::duplicateCurrent);
    connect(m_delete, &QAction::triggered, this,
            [this] { m_document->removeSection(currentSectionId()); });
    connect(m_moveUp, &QAction::triggered, this, [this] { moveCurrent(-1); });
    connect(m_moveDown, &QAction::triggered, this, [this] { moveCurrent(+1); });

    for (QAction *&separator : m_separators) {
        separator = new QAction(this);
        separator->setSeparator(true);
    }

    // Shortcuts only work for actions that belong to a widget.
    addActions({m_add, m_rename, m_duplicate, m_delete, m_moveUp, m_moveDown});
}

QList<QAction *> SectionOutline::sectionActions() const
{
    return {m_add,    m_separators[0], m_rename, m_duplicate,
            m_delete, m_separators[1], m_moveUp, m_moveDown};
}

void SectionOutline::updateActions()
{
    const qsizetype index = m_document->article().indexOfSection(currentSectionId());
    const qsizetype count = m_document->article().sections.size();
    m_rename->setEnabled(index >= 0);
    m_duplicate->setEnabled(index >= 0);
    m_delete->setEnabled(index >= 0);
    m_moveUp->setEnabled(index > 0);
    m_moveDown->setEnabled(index >= 0 && index < count - 1);
}

void SectionOutline::currentRowChanged()
{
    updateActions();
    const QString id = currentSectionId();
    if (id == m_currentId && currentIndex().isValid())
        return;
    m_currentId = id;
    emit sectionSelected(id);
}

void SectionOutline::restoreSelection()
{
    QStringList ids;
    for (const Section &section : m_document->article().sections)
        ids.append(section.id);
    QString target = m_currentId;
    if (m_articleReplaced) {
        target.clear();
    } else {
        QStringList added;
        for (const QString &id : std::as_const(ids)) {
            if (!m_knownIds.contains(id))
                added.append(id);
        }
        if (added.size() == 1) {
            target = added.first(); // added, duplicated, or back through undo
        } else if (!target.isEmpty() && !ids.contains(target)) {
            // The selected section went: the one that takes its place is selected.
            const qsizetype old = m_knownIds.indexOf(target);
            target = ids.isEmpty() ? QString() : ids.at(qBound<qsizetype>(0, old, ids.size() - 1));
        }
    }
    m_articleReplaced = false;
    m_knownIds = ids;
    selectSection(target);
    updateActions();
}

void SectionOutline::addSection(SectionKind kind)
{
    const Article &article = m_document->article();
    const qsizetype current = article.indexOfSection(currentSectionId());
    // The heading is part of the article: it speaks the article's language.
    Section section = Section::create(kind);
    section.heading = sectionHeadingFor(kind, article.meta.language);
    m_document->insertSection(current < 0 ? article.sections.size() : current + 1, section);
}

void SectionOutline::duplicateCurrent()
{
    const qsizetype index = m_document->article().indexOfSection(currentSectionId());
    if (index < 0)
        return;
    Section copy = m_document->article().sections.at(index);
    copy.id = newId(u's');
    m_document->insertSection(index + 1, copy);
}

void SectionOutline::moveCurrent(int delta)
{
    const QString id = currentSectionId();
    const qsizetype index = m_document->article().indexOfSection(id);
    const qsizetype target = index + delta;
    if (index >= 0 && target >= 0 && target < m_document->article().sections.size())
        m_document->moveSection(id, target);
}

QPoint SectionOutline::menuPosition() const
{
    // Below the selected row; in the middle of the window when the outline is hidden.
    if (!isVisible())
        return window()->mapToGlobal(window()->rect().center());
    QRect anchor = visualRect(currentIndex());
    if (!anchor.isValid())
        anchor = QRect(QPoint(0, 0), QSize(viewport()->width(), 0));
    return viewport()->mapToGlobal(anchor.bottomLeft());
}

void SectionOutline::popUpAddMenu()
{
    m_addMenu->popup(menuPosition());
}

void SectionOutline::keyPressEvent(QKeyEvent *event)
{
    // Delete, Ctrl+Shift+Del's short form, belongs to the outline only: a text field deletes
    // characters with it.
    if (event->key() == Qt::Key_Delete && event->modifiers() == Qt::NoModifier &&
        state() != QAbstractItemView::EditingState) {
        if (m_delete->isEnabled())
            m_delete->trigger();
        event->accept();
        return;
    }
    // Alt+Up and Alt+Down move sections; where a move is not possible they must not fall
    // through to the list, which would move the selection instead.
    if ((event->key() == Qt::Key_Up || event->key() == Qt::Key_Down) &&
        event->modifiers() == Qt::AltModifier) {
        event->accept();
        return;
    }
    QListView::keyPressEvent(event);
}

void SectionOutline::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    menu.addActions(sectionActions());
    // From the Menu key the menu opens at the selected row, not where the mouse happens to be.
    menu.exec(event->reason() == QContextMenuEvent::Keyboard ? menuPosition() : event->globalPos());
}

void SectionOutline::startDrag(Qt::DropActions)
{
    // One row moves, and the drop moves it in the document: the view must not remove the
    // dragged row itself afterwards, as QAbstractItemView::startDrag would for a move.
    const QModelIndex index = currentIndex();
    if (!(m_model->flags(index) & Qt::ItemIsDragEnabled))
        return;
    QMimeData *data = m_model->mimeData({index});
    if (!data)
        return;
    auto *drag = new QDrag(this);
    drag->setMimeData(data);
    const QRect rect = visualRect(index);
    drag->setPixmap(viewport()->grab(rect));
    drag->setHotSpot(viewport()->mapFromGlobal(QCursor::pos()) - rect.topLeft());
    drag->exec(Qt::MoveAction, Qt::MoveAction);
}

void SectionOutline::dropEvent(QDropEvent *event)
{
    // QListView's own drop moves rows inside the view; the model moves the section instead.
    QAbstractItemView::dropEvent(event);
}

} // namespace quorum
