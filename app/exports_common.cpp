// The exports every build has, with or without the GUI.
#include "report_exports.h"

#include "output/icalendar.h"
#include "scenario/file_io.h"

namespace creditpath::app {

bool isValidPaper(const QString& paper) {
    return paper.compare(QLatin1String("a4"), Qt::CaseInsensitive) == 0 ||
           paper.compare(QLatin1String("letter"), Qt::CaseInsensitive) == 0;
}

void writeCalendar(const Evaluation& evaluation, const Scenario& scenario, const QString& out) {
    writeFileAtomically(out.toStdString(), reminderCalendar(evaluation, scenario));
}

} // namespace creditpath::app
