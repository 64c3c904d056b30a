#pragma once
// Reasons are built from stable message codes with typed arguments. The core renders the
// English sentence (CLI, JSON); views may re-render a code in the user's language.
#include "evaluation.h"

#include <string_view>
#include <utility>
#include <vector>

namespace creditpath {

// `name` is a template placeholder, a literal: arguments keep a view of it.
MessageArg moneyArg(std::string_view name, const Money& value);
MessageArg integerArg(std::string_view name, long long value);
MessageArg percentArg(std::string_view name, const Rate& value);
MessageArg fractionArg(std::string_view name, const Rate& value);
MessageArg textArg(std::string_view name, std::string value);

// One rule-labelled amount of a sum; `amount` is Money ("100000.00") or a whole number.
struct Term {
    std::string rule;
    std::string amount;
    bool subtract = false;
};
Term moneyTerm(std::string rule, const Money& amount, bool subtract = false);
Term integerTerm(std::string rule, long long amount);
MessageArg termsArg(std::string_view name, const std::vector<Term>& terms);
// The terms of a Terms argument's canonical value (views render them in their own style).
std::vector<Term> parseTerms(std::string_view canonical);

// Every balance a burn-down forfeits (BD-3), as a Forfeits argument.
MessageArg forfeitsArg(std::string_view name, const BurnDown& burnDown);
struct Forfeit {
    std::string pool;
    std::string amount; // canonical money
    int month = 0;
};
std::vector<Forfeit> parseForfeits(std::string_view canonical);

// The code must be in the catalogue (and the figure one of evaluation.h's): reasons and
// derivations keep the catalogue's static copy, not a string of their own.
Reason makeReason(std::string rule, Severity severity, std::string_view code,
                  std::vector<MessageArg> args = {});
// "text (PF-1, BD-3)": a derivation sentence followed by the rules it uses.
std::string withRules(const std::string& text, const RuleList& rules);
Derivation makeDerivation(std::string_view figure, RuleList rules, std::string_view code,
                          std::vector<MessageArg> args = {});

bool isMessageCode(std::string_view code);

// Every message code with its English template ("{amount}" marks an argument).
const std::vector<std::pair<std::string_view, std::string_view>>& messageCatalog();

// "$1,050" or "$1,050.50": the English money style of reason texts.
std::string formatUsd(const Money& amount);
// The same from a canonical amount ("1050.50", as Money::toString writes it), unparsed.
std::string formatUsdText(std::string canonical);

} // namespace creditpath
