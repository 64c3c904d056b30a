#include "typed_number.h"

#include <array>
#include <optional>
#include <vector>

namespace creditpath {
namespace {

// Longer text is no number anyone typed; refusing it keeps the work bounded.
constexpr std::size_t kMaxTypedLength = 200;

// Every space a locale or a paste brings (no-break, narrow no-break, thin, tab) becomes
// one ASCII space, and the Unicode minus an ASCII '-', before anything else is read.
std::string normalise(std::string_view text) {
    static constexpr std::array<std::pair<std::string_view, char>, 5> kReplacements{{
        {"\xC2\xA0", ' '},
        {"\xE2\x80\xAF", ' '},
        {"\xE2\x80\x89", ' '},
        {"\t", ' '},
        {"\xE2\x88\x92", '-'},
    }};
    std::string out;
    for (std::size_t i = 0; i < text.size();) {
        bool replaced = false;
        for (const auto& [from, to] : kReplacements)
            if (text.substr(i, from.size()) == from) {
                out += to;
                i += from.size();
                replaced = true;
                break;
            }
        if (!replaced)
            out += text[i++];
    }
    return out;
}

void trim(std::string& s) {
    const auto first = s.find_first_not_of(' ');
    if (first == std::string::npos) {
        s.clear();
        return;
    }
    s = s.substr(first, s.find_last_not_of(' ') - first + 1);
}

bool equalsIgnoringCase(std::string_view a, std::string_view b) {
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; };
        if (lower(a[i]) != lower(b[i]))
            return false;
    }
    return true;
}

// Longest first, so "US$" is not read as "US" followed by "$".
constexpr std::array<std::string_view, 3> kDollar{"US$", "USD", "$"};
constexpr std::array<std::string_view, 9> kOtherCurrency{
    "\xE2\x82\xAC", "\xC2\xA3", "\xC2\xA5", "\xE5\x86\x86", "EUR", "GBP", "JPY", "CHF", "CAD"};

bool stripPrefix(std::string& s, std::string_view marker) {
    if (s.size() < marker.size() || !equalsIgnoringCase(s.substr(0, marker.size()), marker))
        return false;
    s.erase(0, marker.size());
    trim(s);
    return true;
}

bool stripSuffix(std::string& s, std::string_view marker) {
    if (s.size() < marker.size() ||
        !equalsIgnoringCase(std::string_view(s).substr(s.size() - marker.size()), marker))
        return false;
    s.erase(s.size() - marker.size());
    trim(s);
    return true;
}

bool mentionsOtherCurrency(const std::string& s) {
    for (std::string_view marker : kOtherCurrency)
        for (std::size_t i = 0; i + marker.size() <= s.size(); ++i)
            if (equalsIgnoringCase(std::string_view(s).substr(i, marker.size()), marker))
                return true;
    return false;
}

enum class BodyError { None, NotNumber, Grouping, TooManyDecimals };

struct Digits {
    std::string integral;
    std::string fraction;
};

// Digits with the style's separators: groups only between groups of three digits, no group
// separator after the decimal one.
BodyError readBody(const std::string& body, const NumberStyle& style, Digits& out) {
    std::vector<std::string> groups(1);
    bool inFraction = false;
    for (std::size_t i = 0; i < body.size();) {
        const char c = body[i];
        if (c >= '0' && c <= '9') {
            (inFraction ? out.fraction : groups.back()) += c;
            ++i;
        } else if (!style.decimal.empty() &&
                   body.compare(i, style.decimal.size(), style.decimal) == 0) {
            if (inFraction)
                return BodyError::NotNumber;
            inFraction = true;
            i += style.decimal.size();
        } else if (!style.group.empty() && body.compare(i, style.group.size(), style.group) == 0) {
            if (inFraction)
                return BodyError::Grouping;
            groups.emplace_back();
            i += style.group.size();
        } else {
            return BodyError::NotNumber;
        }
    }
    if (groups.size() > 1) {
        // "0.125" is never a grouped 125.
        if (groups.front().empty() || groups.front().size() > 3 || groups.front()[0] == '0')
            return BodyError::Grouping;
        for (std::size_t g = 1; g < groups.size(); ++g)
            if (groups[g].size() != 3)
                return BodyError::Grouping;
    }
    for (const auto& g : groups)
        out.integral += g;
    if (inFraction && out.fraction.empty())
        return BodyError::NotNumber;
    if (out.integral.empty() && out.fraction.empty())
        return BodyError::NotNumber;
    return BodyError::None;
}

// The value text once the sign, currency, percent sign and k/M multiplier are taken off.
struct Parts {
    bool negative = false;
    int shift = 0; // decimal places the multiplier moves the point (k: 3, M: 6)
    std::string body;
};

// Moves the decimal point `shift` places right and writes the canonical text, or nullopt when
// more fraction digits remain than the field keeps.
std::optional<std::string> canonicalOf(const Parts& parts, Digits d, std::size_t places) {
    for (int k = 0; k < parts.shift; ++k) {
        d.integral += d.fraction.empty() ? '0' : d.fraction.front();
        if (!d.fraction.empty())
            d.fraction.erase(0, 1);
    }
    // Trailing zeros count too: "12.500" may be a grouped 12500, so it is not read as 12.50.
    if (d.fraction.size() > places)
        return std::nullopt;
    const auto nonZero = d.integral.find_first_not_of('0');
    d.integral = nonZero == std::string::npos ? "0" : d.integral.substr(nonZero);
    std::string out = d.integral;
    if (!d.fraction.empty())
        out += "." + d.fraction;
    const bool zero = out.find_first_not_of("0.") == std::string::npos;
    return parts.negative && !zero ? "-" + out : out;
}

BodyError readWith(const Parts& parts, const NumberStyle& style, std::size_t places,
                   std::string& canonical) {
    Digits d;
    if (const BodyError e = readBody(parts.body, style, d); e != BodyError::None)
        return e;
    const auto text = canonicalOf(parts, d, places);
    if (!text)
        return BodyError::TooManyDecimals;
    canonical = *text;
    return BodyError::None;
}

TypedNumber refused(std::string code) {
    TypedNumber t;
    t.problem = std::move(code);
    return t;
}

} // namespace

TypedNumber readTypedNumber(std::string_view typed, TypedKind kind, const NumberStyle& given) {
    const bool money = kind == TypedKind::Money;
    const std::string notNumber = money ? "typed_not_a_number" : "typed_not_a_percentage";
    if (typed.size() > kMaxTypedLength)
        return refused(notNumber);
    NumberStyle style{normalise(given.decimal), normalise(given.group)};
    const bool spaceGroups = style.group == " ";

    Parts parts;
    parts.body = normalise(typed);
    trim(parts.body);
    if (parts.body.empty()) {
        TypedNumber blank;
        blank.blank = true;
        return blank;
    }
    if (money && mentionsOtherCurrency(parts.body))
        return refused("typed_not_usd");
    // Sign and currency come in either order: "-$5", "$-5", "-5 USD".
    for (bool progress = true; progress;) {
        progress = false;
        if (!parts.negative && parts.body.front() == '-') {
            parts.negative = true;
            parts.body.erase(0, 1);
            trim(parts.body);
            progress = true;
        }
        for (std::string_view marker : kDollar)
            if (money && !parts.body.empty() && stripPrefix(parts.body, marker)) {
                progress = true;
                break;
            }
        if (parts.body.empty())
            return refused(notNumber);
    }
    if (money) {
        for (std::string_view marker : kDollar)
            if (stripSuffix(parts.body, marker))
                break;
        if (!parts.body.empty()) {
            const char last = parts.body.back();
            if (last == 'k' || last == 'K' || last == 'm' || last == 'M') {
                parts.shift = last == 'k' || last == 'K' ? 3 : 6;
                parts.body.pop_back();
                trim(parts.body);
            }
        }
    } else {
        stripSuffix(parts.body, "%");
    }
    // A space left inside is a digit group only where the locale groups with spaces.
    if (!spaceGroups && parts.body.find(' ') != std::string::npos)
        return refused(notNumber);

    const std::size_t places = money ? 2 : 4;
    TypedNumber result;
    const BodyError error = readWith(parts, style, places, result.canonical);
    if (error == BodyError::None)
        return result;

    // The other conventions people bring: the locale's separators swapped (a space never
    // serves as a decimal separator), and the plain "1,234.5" style. One that reads the text
    // is offered as a suggestion, never taken.
    std::vector<NumberStyle> others;
    if (!spaceGroups)
        others.push_back({style.group, style.decimal});
    others.push_back({".", ","});
    for (const NumberStyle& other : others) {
        if (other.decimal == style.decimal && other.group == style.group)
            continue;
        std::string suggestion;
        if (readWith(parts, other, places, suggestion) == BodyError::None) {
            TypedNumber ambiguous = refused("typed_ambiguous");
            ambiguous.suggestion = suggestion;
            return ambiguous;
        }
    }
    switch (error) {
    case BodyError::Grouping:
        return refused("typed_grouping");
    case BodyError::TooManyDecimals:
        return refused(money ? "typed_too_many_decimals" : "typed_percent_too_many_decimals");
    default:
        return refused(notNumber);
    }
}

} // namespace creditpath
