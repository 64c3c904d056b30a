#include "results_panel.h"

#include "alert_banner.h"
#include "document/scenario_document.h"
#include "format/display_text.h"
#include "reasons_title.h"
#include "results_model.h"

#include <QEvent>
#include <QFontMetrics>
#include <QHeaderView>
#include <QLabel>
#include <QRegularExpression>
#include <QResizeEvent>
#include <QScrollBar>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace creditpath::ui {

ResultsPanel::ResultsPanel(ScenarioDocument* document, QLocale locale, QWidget* parent)
    : QWidget(parent), document_(document), locale_(locale), banner_(new AlertBanner),
      recommendation_(new QLabel), results_(new ResultsModel(locale, this)),
      reasons_(new ReasonsModel(document->rulebook(), locale, this)), resultsView_(new QTableView),
      reasonsView_(new QTableView), reasonsTitle_(new ReasonsTitle), derivation_(new QLabel) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(banner_);
    recommendation_->setObjectName(QStringLiteral("recommendation"));
    recommendation_->setWordWrap(true);
    recommendation_->setTextFormat(Qt::RichText);
    layout->addWidget(recommendation_);

    resultsView_->setObjectName(QStringLiteral("resultsTable"));
    resultsView_->setModel(results_);
    resultsView_->setSelectionBehavior(QAbstractItemView::SelectRows);
    resultsView_->setSelectionMode(QAbstractItemView::SingleSelection);
    resultsView_->verticalHeader()->hide();
    // Sized to their contents by sizeColumnToContents(), when the contents change: Qt's
    // ResizeToContents measures every cell again at each resize (issue 10: cold start).
    resultsView_->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    resultsView_->horizontalHeader()->setSectionResizeMode(ResultsModel::PathColumn,
                                                           QHeaderView::Stretch);
    resultsView_->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    resultsView_->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    resultsView_->setTextElideMode(Qt::ElideMiddle);
    resultsView_->setWordWrap(false);
    layout->addWidget(resultsView_);
    resultsView_->installEventFilter(this);
    resultsView_->horizontalHeader()->installEventFilter(this);
    // The table is exactly as tall as its rows, plus the scroll bar when it scrolls sideways.
    connect(resultsView_->horizontalScrollBar(), &QScrollBar::rangeChanged, this,
            [this] { fitHeight(); });
    // and its header's height: a font change reaches the header after the panel.
    connect(resultsView_->horizontalHeader(), &QHeaderView::geometriesChanged, this,
            [this] { fitHeight(); });
    derivation_->setObjectName(QStringLiteral("derivation"));
    derivation_->setWordWrap(true);
    derivation_->setTextFormat(Qt::RichText);
    derivation_->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    connect(derivation_, &QLabel::linkActivated, this, [this](const QString& link) {
        emit ruleActivated(link.mid(QStringLiteral("rule:").size()));
    });
    derivation_->hide(); // until a figure is chosen: the reasons keep the room
    layout->addWidget(derivation_);

    layout->addWidget(reasonsTitle_);
    reasonsView_->setObjectName(QStringLiteral("reasonsTable"));
    reasonsView_->verticalHeader()->hide();
    reasonsView_->setWordWrap(true);
    // Rows follow the wrapped text whenever the columns change width (window resized, screen
    // share on, source column hidden), not only when the reasons change.
    reasonsView_->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(reasonsView_, 1);
    connect(reasonsView_, &QTableView::clicked, this, [this](const QModelIndex& index) {
        if (index.column() == ReasonsModel::RuleColumn)
            emit ruleActivated(index.data().toString());
    });

    connect(resultsView_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (!current.isValid())
                    return;
                selected_ = results_->pathAt(current.row());
                showReasons();
                emit pathSelected(selected_);
            });
    connect(resultsView_->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ResultsPanel::showDerivation);
    connect(document_, &ScenarioDocument::changed, this, &ResultsPanel::update);
    connect(document_, &ScenarioDocument::replaced, this, &ResultsPanel::selectRecommended);
    update();
    selectRecommended();
}

void ResultsPanel::selectRecommended() {
    // A scenario opens on its recommendation: the reasons and the burn-down are its own.
    selectPath(document_->evaluation().recommendation.path.value_or(PathId::Stack));
}

void ResultsPanel::selectPath(PathId path) {
    const auto& paths = document_->evaluation().paths;
    for (std::size_t i = 0; i < paths.size(); ++i)
        if (paths[i].id == path)
            resultsView_->selectRow(int(i));
}

void ResultsPanel::update() {
    const Evaluation& e = document_->evaluation();
    results_->setEvaluation(e);
    // Rows fit without scrolling: seven paths always show at once.
    fitToContents();

    // Each alert names the paths it belongs to: one story across the table and the banner.
    QStringList alerts, plain;
    for (const PathNote& a : e.alerts) {
        const QString severity = severityName(a.reason.severity),
                      rule = QString::fromStdString(a.reason.rule), paths = pathList(a.paths),
                      text = reasonText(a.reason, locale_);
        alerts << tr("<b>%1 %2</b> %3: %4")
                      .arg(severity.toHtmlEscaped(), rule.toHtmlEscaped(), paths.toHtmlEscaped(),
                           text.toHtmlEscaped());
        plain << tr("%1 %2 %3: %4").arg(severity, rule, paths, text);
    }
    banner_->setAlerts(alerts, plain);

    const Recommendation& rec = e.recommendation;
    if (rec.path) {
        recommendation_->setText(tr("<b>Recommended:</b> %1 (%2). %3")
                                     .arg(pathName(*rec.path).toHtmlEscaped(),
                                          objectiveName(rec.objective).toHtmlEscaped(),
                                          reasonText(rec.why, locale_).toHtmlEscaped()));
    } else {
        QString text =
            QStringLiteral("<b>%1</b>").arg(reasonText(rec.why, locale_).toHtmlEscaped());
        for (const PathNote& n : rec.ruledOut)
            text += QStringLiteral("<br>• %1: %2 (%3)")
                        .arg(pathList(n.paths).toHtmlEscaped(),
                             reasonText(n.reason, locale_).toHtmlEscaped(),
                             QString::fromStdString(n.reason.rule).toHtmlEscaped());
        recommendation_->setText(text);
    }
    showReasons();
    showDerivation(resultsView_->currentIndex());
}

void ResultsPanel::fitToContents() {
    // Every path shows at once, at any font size: fixed rows, the table exactly that tall.
    const int row = resultsView_->fontMetrics().height() + 10;
    // The verdict symbols grow with the text (screen share), never below the style's size.
    const int icon = std::max(style()->pixelMetric(QStyle::PM_SmallIconSize),
                              resultsView_->fontMetrics().ascent());
    resultsView_->setIconSize(QSize(icon, icon));
    resultsView_->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    resultsView_->verticalHeader()->setDefaultSectionSize(row);

    // The widths fitColumns() weighs at each resize, measured once here.
    QFont bold = resultsView_->font(); // the recommended row is bold: measure the widest case
    bold.setBold(true);
    const QFontMetrics fm(bold);
    const int padding = 3 * fm.averageCharWidth();
    auto widest = [&](auto textOf) {
        int width = 0;
        for (int r = 0; r < results_->rowCount(); ++r)
            width = std::max(width, fm.horizontalAdvance(textOf(r)));
        return width + padding;
    };
    // The path names as the table draws them whole (its star, the bold recommended row).
    measured_.path = contentsWidth(ResultsModel::PathColumn);
    measured_.value = widest([&](int r) { return results_->valueText(r, false); });
    measured_.compactValue = widest([&](int r) { return results_->valueText(r, true); });
    measured_.charWidth = std::max(1, fm.averageCharWidth());
    for (int c = 0; c < ResultsModel::ColumnCount; ++c)
        if (c != ResultsModel::PathColumn)
            sizeColumnToContents(c);
    fitColumns();
    fitHeight();
}

int ResultsPanel::contentsWidth(int column) const {
    // What QHeaderView::ResizeToContents gives, over every row, whether in view or not.
    int width = 0;
    for (int r = 0; r < results_->rowCount(); ++r)
        width = std::max(width, resultsView_->sizeHintForIndex(results_->index(r, column)).width());
    if (resultsView_->showGrid())
        ++width;
    const QHeaderView* header = resultsView_->horizontalHeader();
    return std::max({width, header->sectionSizeHint(column), header->minimumSectionSize()});
}

void ResultsPanel::sizeColumnToContents(int column) {
    resultsView_->horizontalHeader()->resizeSection(column, contentsWidth(column));
}

int ResultsPanel::widthBesideTheValues() const {
    const QHeaderView* header = resultsView_->horizontalHeader();
    int width = measured_.path + 2 * resultsView_->frameWidth();
    for (int c = 0; c < ResultsModel::ColumnCount; ++c)
        if (c != ResultsModel::PathColumn && c != ResultsModel::ValueColumn)
            width += header->sectionSize(c);
    return width;
}

int ResultsPanel::compactValuesWidth() const {
    // As wide as the column's header when that is wider.
    return std::max(measured_.compactValue,
                    resultsView_->horizontalHeader()->sectionSizeHint(ResultsModel::ValueColumn));
}

int ResultsPanel::widthShowingEveryColumn() const {
    return widthBesideTheValues() + compactValuesWidth();
}

void ResultsPanel::fitColumns() {
    // Path names are never cut: when whole-dollar face values leave them too little room, the
    // face values go compact ("$150K"; exact figures in the tooltip).
    QHeaderView* header = resultsView_->horizontalHeader();
    const int room = resultsView_->width();
    const int beside = widthBesideTheValues(); // the face values' column is not in it
    const bool compact = beside + measured_.value > room;
    if (compact != results_->isCompact()) {
        results_->setCompact(compact);
        sizeColumnToContents(ResultsModel::ValueColumn);
    }
    // Narrower still: the path column keeps its names whole and the table scrolls sideways.
    const bool scrolls = compact && beside + compactValuesWidth() > room;
    const auto pathMode = scrolls ? QHeaderView::ResizeToContents : QHeaderView::Stretch;
    if (header->sectionResizeMode(ResultsModel::PathColumn) != pathMode) // setting re-measures
        header->setSectionResizeMode(ResultsModel::PathColumn, pathMode);
    // Reasons beside their sources need about 120 characters; narrower (a laptop sharing its
    // screen) each row wrapped to three lines and one reason filled the table. The reason
    // keeps the width, the source moves into its tooltip.
    const int reasonsRoom = reasonsView_->width() / measured_.charWidth;
    reasonsView_->setColumnHidden(ReasonsModel::SourceColumn, reasonsRoom < 120);
}

QSize ResultsPanel::minimumSizeHint() const {
    // A wrapped label's minimum is one line; at this width it may take more, and a splitter
    // holding the panel to Qt's minimum would lay the table over the reasons.
    QSize size = QWidget::minimumSizeHint();
    // Before the panel is on screen its width is the splitter's placeholder (a third of the
    // final one): the labels' lines at that width made a laptop's window open taller than its
    // screen, and a window never shrinks back to fit.
    if (width() > 0 && isVisible())
        for (std::size_t i = 0; i < wrapped_.size(); ++i)
            if (const QLabel* label = std::array{recommendation_, derivation_}[i];
                label->isVisibleTo(this))
                size.rheight() += linesBeyondTheFirst(*label, wrapped_[i]);
    return size;
}

int ResultsPanel::linesBeyondTheFirst(const QLabel& label, WrappedHeight& known) const {
    // Laying out rich text is costly and splitters ask often: once per width, text and font.
    if (known.width != width() || known.text != label.text() || known.font != label.font())
        known = {width(), label.text(), label.font(),
                 std::max(0, label.heightForWidth(width()) - label.minimumSizeHint().height())};
    return known.extra;
}

void ResultsPanel::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    fitColumns();
    if (event->oldSize().width() != width())
        updateGeometry(); // the minimum height above follows the width
}

void ResultsPanel::fitHeight() {
    const QScrollBar* sideways = resultsView_->horizontalScrollBar();
    const int height = resultsView_->horizontalHeader()->sizeHint().height() +
                       resultsView_->verticalHeader()->defaultSectionSize() * results_->rowCount() +
                       2 * resultsView_->frameWidth() +
                       (sideways->maximum() > 0 ? sideways->sizeHint().height() : 0);
    resultsView_->setFixedHeight(height); // Qt does nothing when the height is already this
}

bool ResultsPanel::eventFilter(QObject* watched, QEvent* event) {
    // The table and its header each learn of a new font on their own (an application font
    // reaches widgets in no set order): either one changes the widths.
    if (event->type() == QEvent::FontChange)
        fitToContents();
    return QWidget::eventFilter(watched, event);
}

void ResultsPanel::showDerivation(const QModelIndex& index) {
    const QString text =
        index.isValid() ? index.data(ResultsModel::DerivationRole).toString() : QString();
    if (text.isEmpty())
        return;
    const QString figure = results_->headerData(index.column(), Qt::Horizontal, Qt::DisplayRole)
                               .toString()
                               .replace(QLatin1Char('\n'), QLatin1Char(' '));
    // Each rule ID opens the rulebook at that rule.
    static const QRegularExpression ruleId(QStringLiteral("\\b([A-Z]{2}-[0-9]+)\\b"));
    QString linked = text.toHtmlEscaped();
    linked.replace(ruleId, QStringLiteral("<a href=\"rule:\\1\">\\1</a>"));
    derivation_->setText(tr("<b>Why this number</b> (%1, %2): %3")
                             .arg(pathShortName(results_->pathAt(index.row())).toHtmlEscaped(),
                                  figure.toHtmlEscaped(), linked));
    derivation_->show();
}

void ResultsPanel::releaseDetails() {
    if (!detailsHeld_)
        return;
    detailsHeld_ = false;
    reasonsView_->setModel(reasons_);
    QHeaderView* header = reasonsView_->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ReasonsModel::TextColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ReasonsModel::SourceColumn, QHeaderView::Stretch);
    fitColumns(); // the source column hides when the pane is narrow
    showReasons();
}

void ResultsPanel::showReasons() {
    const PathResult& p = document_->evaluation().path(selected_);
    reasonsTitle_->setPathName(pathName(selected_));
    if (!detailsHeld_)
        reasons_->setReasons(p.reasons);
}

} // namespace creditpath::ui
