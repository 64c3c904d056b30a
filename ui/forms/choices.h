#pragma once
// (file name, translated name) pairs of a scenario vocabulary, for combo boxes.
#include "scenario/enums.h"

#include <QString>

#include <utility>
#include <vector>

namespace creditpath::ui {

template <typename E, typename NameFn>
std::vector<std::pair<QString, QString>> choicesOf(NameFn displayName) {
    std::vector<std::pair<QString, QString>> out;
    for (std::string_view name : enumNames<E>()) {
        const auto value = parseEnum<E>(name);
        out.emplace_back(QString::fromUtf8(name.data(), qsizetype(name.size())),
                         value ? displayName(*value) : QString());
    }
    return out;
}

} // namespace creditpath::ui
