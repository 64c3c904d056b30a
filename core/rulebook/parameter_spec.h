#pragma once
// What each rulebook parameter is: its kind, unit and allowed values. Recorded by the one
// reader of the parameters (parameters_reader.cpp) as it reads them, so the rulebook view and
// the reader can never disagree about a parameter.
#include <string>
#include <vector>

namespace creditpath {

enum class ParameterKind {
    Money,
    Percent,
    Integer,
    Flag,
    Choice,
    DayRange,
    // Structured values, shown as they stand and changed through an override file.
    TextList,
    Categories,
    Stages,
    MoneyByStage,
    SpendLines,
    Timelines,
    Combinations,
};

enum class ParameterUnit { None, Usd, UsdPerMonth, UsdPerYear, Percent, Months, Days, Minutes };

struct ParameterSpec {
    std::string rule, key;
    ParameterKind kind = ParameterKind::Money;
    ParameterUnit unit = ParameterUnit::None;
    int min = 0, max = 0;             // Integer
    std::vector<std::string> choices; // Choice: the values the reader accepts
    // Scalars are edited in place; structured values through an override file.
    bool editableInPlace() const {
        return kind == ParameterKind::Money || kind == ParameterKind::Percent ||
               kind == ParameterKind::Integer || kind == ParameterKind::Flag ||
               kind == ParameterKind::Choice || kind == ParameterKind::DayRange;
    }
};

} // namespace creditpath
