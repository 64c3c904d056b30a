#include "table_copy.h"

#include <QAbstractItemModel>
#include <QMimeData>

namespace creditpath::ui {
namespace {

QStringList headerTexts(const QAbstractItemModel& model) {
    QStringList out;
    for (int c = 0; c < model.columnCount(); ++c)
        // Headers may wrap in the window; a copied table keeps one line per row.
        out << model.headerData(c, Qt::Horizontal, Qt::DisplayRole)
                   .toString()
                   .replace(QLatin1Char('\n'), QLatin1Char(' '));
    return out;
}

QStringList rowTexts(const QAbstractItemModel& model, int row) {
    QStringList out;
    for (int c = 0; c < model.columnCount(); ++c)
        out << model.index(row, c).data(Qt::DisplayRole).toString();
    return out;
}

// A tab or line break inside a cell would start a new cell or row in the spreadsheet.
QString tsvCell(QString text) {
    text.replace(QLatin1Char('\t'), QLatin1Char(' '));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text;
}

QString htmlRow(const QStringList& cells, const char* tag) {
    QString out = QStringLiteral("<tr>");
    for (const QString& cell : cells)
        out += QStringLiteral("<%1>%2</%1>").arg(QLatin1String(tag), cell.toHtmlEscaped());
    return out + QStringLiteral("</tr>");
}

} // namespace

QString tableAsTsv(const QAbstractItemModel& model) {
    QStringList lines;
    const auto line = [](const QStringList& cells) {
        QStringList out;
        for (const QString& c : cells)
            out << tsvCell(c);
        return out.join(QLatin1Char('\t'));
    };
    lines << line(headerTexts(model));
    for (int r = 0; r < model.rowCount(); ++r)
        lines << line(rowTexts(model, r));
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString tableAsHtml(const QAbstractItemModel& model) {
    QString out = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\">");
    out += htmlRow(headerTexts(model), "th");
    for (int r = 0; r < model.rowCount(); ++r)
        out += htmlRow(rowTexts(model, r), "td");
    return out + QStringLiteral("</table>");
}

QMimeData* tableMimeData(const QAbstractItemModel& model) {
    auto* mime = new QMimeData;
    mime->setText(tableAsTsv(model));
    mime->setHtml(tableAsHtml(model));
    return mime;
}

} // namespace creditpath::ui
