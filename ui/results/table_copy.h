#pragma once
// A table model's shown text for the clipboard: tab-separated text (spreadsheets) and an HTML
// table (mail, documents), each with the header row. Only what the view shows is copied; no
// figure is computed here.
#include <QString>

class QAbstractItemModel;
class QMimeData;

namespace creditpath::ui {

QString tableAsTsv(const QAbstractItemModel& model);
QString tableAsHtml(const QAbstractItemModel& model);
// Both, in one clipboard entry (text/plain and text/html).
QMimeData* tableMimeData(const QAbstractItemModel& model);

} // namespace creditpath::ui
