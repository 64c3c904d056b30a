#include "pdf_exporter.h"

#include "footer_text.h"
#include "report_builder.h"
#include "report_redaction.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace creditpath::ui::report {
namespace {

class PdfText {
    Q_DECLARE_TR_FUNCTIONS(PdfExport)
};

void drawFooter(QPainter& painter, const QRectF& area, const QString& left, const QString& name,
                const QString& right) {
    painter.save();
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(7.5);
    painter.setFont(font);
    QPen rule(QColor(0xc9, 0xd1, 0xdb));
    rule.setWidthF(painter.device()->logicalDpiY() / 144.0); // half a point
    painter.setPen(rule);
    painter.drawLine(area.topLeft(), area.topRight());
    painter.setPen(QColor(0x5b, 0x64, 0x70));
    const QRectF text = area.adjusted(0, area.height() * 0.3, 0, 0);
    const QFontMetricsF metrics(painter.font(), painter.device());
    const qreal room = text.width() - metrics.horizontalAdvance(right + QStringLiteral("    "));
    painter.drawText(text, Qt::AlignLeft | Qt::AlignTop, fitFooter(left, name, metrics, room));
    painter.drawText(text, Qt::AlignRight | Qt::AlignTop, right);
    painter.restore();
}

} // namespace

int printDocument(QTextDocument& document, Paper paper, const QString& footer, QIODevice& device,
                  const QString& scenarioName) {
    QPdfWriter writer(&device);
    writer.setPageSize(QPageSize(paper == Paper::Letter ? QPageSize::Letter : QPageSize::A4));
    writer.setPageMargins(QMarginsF(18, 15, 18, 12), QPageLayout::Millimeter);
    writer.setTitle(document.metaInformation(QTextDocument::DocumentTitle));
    writer.setCreator(QStringLiteral("CreditPath"));
    return paintDocument(document, footer, writer, scenarioName);
}

int paintDocument(QTextDocument& document, const QString& footer, QPagedPaintDevice& device,
                  const QString& scenarioName) {
    // Lay the document out for the device's resolution, not the screen's (TOOLCHAIN.md).
    document.documentLayout()->setPaintDevice(&device);
    const qreal footerHeight = device.logicalDpiY() * 0.32; // about 8 mm
    const QSizeF content(device.width(), device.height() - footerHeight);
    document.setPageSize(content);
    const int pages = document.pageCount();

    QPainter painter;
    if (!painter.begin(&device))
        return 0;
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            device.newPage();
        painter.save();
        const QRectF clip(0, i * content.height(), content.width(), content.height());
        painter.translate(0, -clip.top());
        painter.setClipRect(clip);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = clip;
        context.palette.setColor(QPalette::Text, Qt::black);
        document.documentLayout()->draw(&painter, context);
        painter.restore();
        drawFooter(
            painter,
            QRectF(0, content.height() + footerHeight * 0.25, content.width(), footerHeight * 0.75),
            footer, scenarioName, PdfText::tr("Page %1 of %2").arg(i + 1).arg(pages));
    }

    return painter.end() ? pages : 0;
}

QString reportFooter(const Evaluation& evaluation) {
    // %1 stays for the scenario name, fitted to each footer by whole words.
    return PdfText::tr("CreditPath report · %1 · amounts in USD · rulebook %2")
        .arg(QStringLiteral("%1"), QString::fromStdString(evaluation.rulebookEdition));
}

int printReport(const Evaluation& evaluation, const Scenario& scenario,
                const ReportOptions& options, QPagedPaintDevice& device) {
    const auto document = buildReport(evaluation, scenario, options); // redacts as asked
    return paintDocument(*document, reportFooter(evaluation), device,
                         reportScenarioName(scenario, options));
}

bool exportPdfReport(const Evaluation& evaluation, const Scenario& scenario,
                     const ReportOptions& options, const QString& path, QString* error) {
    auto fail = [&](const QString& why) {
        if (error)
            *error = PdfText::tr("Cannot write the PDF report to %1: %2").arg(path, why);
        return false;
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    const auto document = buildReport(evaluation, scenario, options);

    if (printDocument(*document, options.paper, reportFooter(evaluation), file,
                      reportScenarioName(scenario, options)) == 0) {
        file.cancelWriting();
        return fail(PdfText::tr("the PDF could not be drawn"));
    }
    if (!file.commit())
        return fail(file.errorString());
    return true;
}

} // namespace creditpath::ui::report
