# Writes the catalogue of rule titles that lupdate reads, from the shipped rulebook (JSON, which
# lupdate cannot read): the titles stay in the rulebook alone and reach the .ts files through
# this generated file. Run by the update_translations target; tools/check-translations.sh fails
# when the committed file is out of date.
# Usage: cmake -DINPUT=rulebook.json -DOUTPUT=rule_titles_catalog.cpp -P RuleTitles.cmake
file(READ "${INPUT}" doc)
string(JSON rules GET "${doc}" rules)
string(JSON count LENGTH "${rules}")
set(body "")
math(EXPR last "${count} - 1")
foreach(i RANGE ${last})
    string(JSON id MEMBER "${rules}" ${i})
    string(JSON title GET "${rules}" "${id}" title)
    string(REPLACE "\\" "\\\\" title "${title}")
    string(REPLACE "\"" "\\\"" title "${title}")
    string(APPEND body "    QT_TRANSLATE_NOOP(\"RuleTitle\", \"${title}\"), // ${id}\n")
endforeach()
set(text "// Generated from core/rulebook/data by cmake/RuleTitles.cmake (update_translations): do not
// edit. Read by lupdate only, never compiled: rule titles are translated in the \"RuleTitle\"
// context, and a title an override changes is shown as the override writes it.
// clang-format off
#include <QtGlobal>

[[maybe_unused]] static const char* const kRuleTitles[] = {
${body}};
")
file(WRITE "${OUTPUT}" "${text}")
