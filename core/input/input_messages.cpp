#include "input_messages.h"

#include <stdexcept>

namespace creditpath {
namespace {

// Read by lupdate as an alias of QT_TRANSLATE_NOOP (ui/CMakeLists.txt); the window
// translates these in the "Input" context.
#define CREDITPATH_TRANSLATABLE(context, text) text

const std::vector<std::pair<std::string_view, std::string_view>> kCatalog{
    // What the scenario reader says about a stated value ({got} is the value as stated).
    {"amount_non_negative",
     CREDITPATH_TRANSLATABLE("Input", "must be a non-negative amount, got {got}")},
    {"amount_signed", CREDITPATH_TRANSLATABLE("Input", "must be an amount, got {got}")},
    {"amount_too_large",
     CREDITPATH_TRANSLATABLE("Input",
                             "must be at most 1000000000000.00 (one trillion), got {got}")},
    {"percent_range",
     CREDITPATH_TRANSLATABLE("Input", "must be a percentage from {min} to {max}, got {got}")},
    {"integer_range",
     CREDITPATH_TRANSLATABLE("Input", "must be a whole number from {min} to {max}, got {got}")},
    // Never repeats what was typed: the account ID is hidden when the screen is shared.
    {"account_id_digits",
     CREDITPATH_TRANSLATABLE("Input",
                             "must be 12 digits, as the AWS console shows them (1234-5678-9012)")},
    // Scenario variants (a name the user gave, a merge patch over the scenario).
    {"variant_name_empty",
     CREDITPATH_TRANSLATABLE("Input", "a variant needs a name that is not empty")},
    {"variant_name_taken",
     CREDITPATH_TRANSLATABLE("Input", "{name} is already the name of another variant")},
    {"variant_patch_nested",
     CREDITPATH_TRANSLATABLE("Input", "a variant's patch cannot hold variants of its own")},
    // What a typed value can be refused for ({got} as typed, {example} in the user's style).
    {"typed_not_a_number",
     CREDITPATH_TRANSLATABLE("Input", "{got} is not an amount; type one such as {example}")},
    {"typed_not_a_percentage",
     CREDITPATH_TRANSLATABLE("Input", "{got} is not a percentage; type one such as {example}")},
    {"typed_grouping",
     CREDITPATH_TRANSLATABLE("Input", "{got}: digit groups are separated only between groups "
                                      "of three digits, as in {example}")},
    {"typed_ambiguous",
     CREDITPATH_TRANSLATABLE("Input", "{got} can be read more than one way; did you mean "
                                      "{suggestion}? Type it that way to use it")},
    {"typed_too_many_decimals",
     CREDITPATH_TRANSLATABLE("Input", "{got} has more than two decimal places; amounts are "
                                      "kept to the cent")},
    {"typed_percent_too_many_decimals",
     CREDITPATH_TRANSLATABLE("Input", "{got} has more than four decimal places")},
    {"typed_not_usd", CREDITPATH_TRANSLATABLE("Input", "{got} is not in US dollars; AWS credits "
                                                       "and spend are entered in USD")},
};

} // namespace

const char* inputMessageTemplate(std::string_view code) {
    for (const auto& [c, text] : kCatalog)
        if (c == code)
            return text.data();
    return nullptr;
}

std::string renderInputMessage(std::string_view code, const InputArgs& args) {
    const char* templ = inputMessageTemplate(code);
    if (!templ)
        throw std::logic_error("unknown input message code: " + std::string(code));
    const std::string_view text(templ);
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto close = text.find('}', i);
        if (text[i] != '{' || close == std::string_view::npos) {
            out += text[i];
            continue;
        }
        const auto name = text.substr(i + 1, close - i - 1);
        bool found = false;
        for (const auto& [n, value] : args)
            if (n == name) {
                out += value;
                found = true;
                break;
            }
        if (!found)
            throw std::logic_error("input message argument missing: " + std::string(name));
        i = close;
    }
    return out;
}

const std::vector<std::pair<std::string_view, std::string_view>>& inputMessageCatalog() {
    return kCatalog;
}

} // namespace creditpath
