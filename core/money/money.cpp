#include "money.h"

#include <charconv>

#include <algorithm>
#include <cctype>

namespace creditpath {
namespace {

// GCC/Clang's 128-bit integer for the allocation-free fast path (checked ranges only).
__extension__ typedef __int128 Wide;

struct Decimal {
    bool negative = false;
    BigInt integral = 0;
    BigInt fraction = 0; // scaled to `places` digits
};

// Strict decimal grammar: [-]digits[.digits], no blanks, no exponent, no '+'.
Decimal parseDecimal(std::string_view text, int places, const char* what) {
    const std::string shown = "\"" + std::string(text) + "\"";
    if (text.empty())
        throw MoneyError(std::string("empty ") + what);
    Decimal d;
    std::size_t i = 0;
    if (text[0] == '-') {
        d.negative = true;
        i = 1;
    }
    std::size_t digitsBefore = 0;
    for (; i < text.size() && std::isdigit(static_cast<unsigned char>(text[i]));
         ++i, ++digitsBefore)
        d.integral = d.integral * 10 + (text[i] - '0');
    int digitsAfter = 0;
    if (i < text.size() && text[i] == '.') {
        ++i;
        for (; i < text.size() && std::isdigit(static_cast<unsigned char>(text[i])); ++i) {
            if (++digitsAfter > places)
                throw MoneyError(std::string(what) + " has more than " + std::to_string(places) +
                                 " fraction digits: " + shown);
            d.fraction = d.fraction * 10 + (text[i] - '0');
        }
        if (digitsAfter == 0)
            throw MoneyError(std::string("malformed ") + what + ": " + shown);
    }
    if (i != text.size() || digitsBefore == 0)
        throw MoneyError(std::string("malformed ") + what + ": " + shown);
    for (int k = digitsAfter; k < places; ++k)
        d.fraction *= 10;
    if (digitsBefore > 30)
        throw MoneyError(std::string(what) + " is out of range: " + shown);
    return d;
}

BigInt toScaled(const Decimal& d, int places) {
    BigInt scale = 1;
    for (int k = 0; k < places; ++k)
        scale *= 10;
    BigInt v = d.integral * scale + d.fraction;
    return d.negative ? BigInt(-v) : v;
}

Money::Cents narrow(const BigInt& v) {
    static const BigInt kMax = BigInt((std::numeric_limits<Money::Cents>::max)());
    if (v > kMax || v < -kMax)
        throw MoneyError("amount is out of range");
    return Money::Cents(v);
}

std::string fixed(const BigInt& scaled, int places) {
    const bool negative = scaled < 0;
    std::string digits = (negative ? BigInt(-scaled) : scaled).str();
    if (static_cast<int>(digits.size()) <= places)
        digits.insert(0, static_cast<std::size_t>(places) + 1 - digits.size(), '0');
    if (places > 0)
        digits.insert(digits.size() - static_cast<std::size_t>(places), ".");
    return (negative ? "-" : "") + digits;
}

// fixed() for a scaled value that fits 64 bits, in one buffer and one string: amounts and
// rates are formatted for every argument of every reason.
std::string fixedInt64(std::int64_t scaled, int places) {
    const std::uint64_t abs =
        scaled < 0 ? 0 - static_cast<std::uint64_t>(scaled) : static_cast<std::uint64_t>(scaled);
    std::uint64_t unit = 1;
    for (int i = 0; i < places; ++i)
        unit *= 10;
    char buffer[48];
    char* out = buffer;
    if (scaled < 0)
        *out++ = '-';
    out = std::to_chars(out, buffer + sizeof buffer, abs / unit).ptr;
    if (places > 0) {
        *out = '.';
        // The fraction's digits, written from the last: one division per digit.
        std::uint64_t fraction = abs % unit;
        for (int i = places; i > 0; --i, fraction /= 10)
            out[i] = static_cast<char>('0' + fraction % 10);
        out += places + 1;
    }
    return std::string(buffer, out);
}

bool fitsInt64(const Money::Cents& c) {
    static const Money::Cents kMax((std::numeric_limits<std::int64_t>::max)() / 4);
    return c < kMax && c > -kMax;
}

} // namespace

Money Money::parse(std::string_view text) {
    return Money(narrow(toScaled(parseDecimal(text, 2, "amount"), 2)));
}

Money Money::fromFraction(std::int64_t numeratorCents, std::int64_t denominator) {
    if (denominator <= 0)
        throw MoneyError("division by a non-positive number");
    // Same rule as the BigInt overload, in 128-bit integers: no allocation on the hot path.
    const Wide n = numeratorCents < 0 ? -static_cast<Wide>(numeratorCents) : numeratorCents;
    const Wide q = (n * 2 + denominator) / (static_cast<Wide>(denominator) * 2);
    return Money(Cents(static_cast<std::int64_t>(numeratorCents < 0 ? -q : q)));
}

Money Money::fromFraction(const BigInt& numeratorCents, const BigInt& denominator) {
    if (denominator <= 0)
        throw MoneyError("division by a non-positive number");
    const bool negative = numeratorCents < 0;
    const BigInt n = negative ? BigInt(-numeratorCents) : numeratorCents;
    // Half-up: add half the denominator before truncating; ties go away from zero.
    BigInt q = (n * 2 + denominator) / (denominator * 2);
    return Money(narrow(negative ? BigInt(-q) : q));
}

std::string Money::toString() const {
    if (fitsInt64(cents_))
        return fixedInt64(cents_.convert_to<std::int64_t>(), 2);
    return fixed(BigInt(cents_), 2);
}

std::string Money::toWholeString() const {
    return fixed(BigInt(fromFraction(BigInt(cents_), 100).cents_), 0);
}

Money Money::operator*(const Rate& rate) const {
    // Fast path when cents x ppm cannot overflow 64 bits (every realistic amount).
    constexpr std::int64_t kSafe = 9'000'000'000'000; // 9e12 cents x 1e6 < 9.2e18
    if (fitsInt64(cents_)) {
        const auto c = cents_.convert_to<std::int64_t>();
        const auto r = rate.partsPerMillion();
        if (c > -kSafe && c < kSafe && r > -1'000'000 && r < 1'000'000)
            return fromFraction(c * r, Rate::kScale);
    }
    return fromFraction(BigInt(cents_) * rate.partsPerMillion(), BigInt(Rate::kScale));
}

Money Money::dividedBy(std::int64_t n) const {
    if (fitsInt64(cents_))
        return fromFraction(cents_.convert_to<std::int64_t>(), n);
    return fromFraction(BigInt(cents_), BigInt(n));
}

Rate Rate::parsePercent(std::string_view text) {
    // A percent with four fraction digits is exactly a count of ppm of the whole.
    return fromChecked(toScaled(parseDecimal(text, 4, "percentage"), 4), text);
}

Rate Rate::parseFraction(std::string_view text) {
    return fromChecked(toScaled(parseDecimal(text, 6, "fraction"), 6), text);
}

Rate Rate::fromChecked(const BigInt& ppm, std::string_view text) {
    static const BigInt kLimit = BigInt(10'000) * kScale;
    if (ppm > kLimit || ppm < -kLimit)
        throw MoneyError("rate is out of range: \"" + std::string(text) + "\"");
    return Rate(ppm.convert_to<std::int64_t>());
}

std::string Rate::toPercentString() const {
    // ppm is a percent with four places: "40.0000" -> "40", "2.5000" -> "2.5".
    std::string s = fixedInt64(ppm_, 4);
    while (s.back() == '0')
        s.pop_back();
    if (s.back() == '.')
        s.pop_back();
    return s;
}

std::string Rate::toFractionString(int digits) const {
    BigInt scale = 1;
    for (int k = 0; k < 6 - digits; ++k)
        scale *= 10;
    const BigInt rounded = (BigInt(ppm_) * 2 + scale) / (scale * 2);
    return fixed(rounded, digits);
}

} // namespace creditpath
