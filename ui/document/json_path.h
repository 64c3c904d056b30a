#pragma once
// Field paths as the core names them ("spend.lines[2].ramp.to") applied to a QJsonObject.
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace creditpath::ui {

// The value at path, or Undefined when any step is missing.
QJsonValue jsonAt(const QJsonObject& root, const QString& path);
// Sets the value at path, creating objects on the way; Undefined removes the last key.
void setJsonAt(QJsonObject& root, const QString& path, const QJsonValue& value);

} // namespace creditpath::ui
