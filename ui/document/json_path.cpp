#include "json_path.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace creditpath::ui {
namespace {

struct Step {
    QString key;
    int index = -1; // >= 0: an array element
};

QList<Step> stepsOf(const QString& path) {
    QList<Step> steps;
    static const QRegularExpression indexed(QStringLiteral("^(\\w+)\\[(\\d+)\\]$"));
    for (const QString& part : path.split(QLatin1Char('.'), Qt::SkipEmptyParts)) {
        const auto m = indexed.match(part);
        if (m.hasMatch()) {
            steps.append({m.captured(1), -1});
            steps.append({QString(), m.captured(2).toInt()});
        } else {
            steps.append({part, -1});
        }
    }
    return steps;
}

QJsonValue child(const QJsonValue& node, const Step& step) {
    if (step.index >= 0)
        return node.toArray().at(step.index);
    return node.toObject().value(step.key);
}

QJsonValue replaced(const QJsonValue& node, const QList<Step>& steps, qsizetype at,
                    const QJsonValue& value) {
    const Step& step = steps[at];
    const bool last = at + 1 == steps.size();
    if (step.index >= 0) {
        QJsonArray array = node.toArray();
        while (array.size() <= step.index)
            array.append(QJsonObject());
        array[step.index] = last ? value : replaced(array.at(step.index), steps, at + 1, value);
        return array;
    }
    QJsonObject object = node.toObject();
    if (last && value.isUndefined())
        object.remove(step.key);
    else
        object[step.key] = last ? value : replaced(object.value(step.key), steps, at + 1, value);
    return object;
}

} // namespace

QJsonValue jsonAt(const QJsonObject& root, const QString& path) {
    QJsonValue node = root;
    for (const Step& step : stepsOf(path)) {
        node = child(node, step);
        if (node.isUndefined())
            break;
    }
    return node;
}

void setJsonAt(QJsonObject& root, const QString& path, const QJsonValue& value) {
    const QList<Step> steps = stepsOf(path);
    if (steps.isEmpty())
        return;
    root = replaced(root, steps, 0, value).toObject();
}

} // namespace creditpath::ui
