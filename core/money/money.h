#pragma once
// Exact money for CreditPath (rule BD-5).
//
// A Money holds a whole number of cents in a 128-bit checked integer from
// Boost.Multiprecision: arithmetic that would overflow throws instead of wrapping,
// and no value ever passes through binary floating point. Rounding happens in
// exactly one place, Money::fromFraction(), always half-up (away from zero on a
// tie) to the cent. Display formatting (thousands separators, currency symbols,
// locale) is not this type's business: nameOf() is the canonical "1234.50"
// used by files, and the UI formats for people.
#include <boost/multiprecision/cpp_int.hpp>

#include <compare>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>

namespace creditpath {

using BigInt = boost::multiprecision::cpp_int;

// Thrown for malformed amounts and for arithmetic that leaves the representable range.
class MoneyError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

class Rate;

class Money {
public:
    using Cents = boost::multiprecision::checked_int128_t;

    constexpr Money() = default;
    static Money fromCents(Cents cents) { return Money(cents); }
    static Money fromWhole(std::int64_t units) { return Money(Cents(units) * 100); }
    // Parses "1234", "1234.5", "1234.50", "-3.25". More than two fraction digits,
    // exponents, separators or blanks are errors: a file never silently loses cents.
    static Money parse(std::string_view text);
    // The single rounding rule of the program: numerator/denominator (in cents)
    // rounded half-up, ties away from zero. Denominator must be positive.
    static Money fromFraction(const BigInt& numeratorCents, const BigInt& denominator);
    // The same rule for operands that fit in 64 bits (no allocation).
    static Money fromFraction(std::int64_t numeratorCents, std::int64_t denominator);

    const Cents& cents() const { return cents_; }
    // Canonical text with exactly two fraction digits: "1234.50", "-0.05".
    std::string toString() const;
    // Whole units without cents, rounded half-up, for compact labels: "1234".
    std::string toWholeString() const;

    bool isZero() const { return cents_ == 0; }
    bool isNegative() const { return cents_ < 0; }

    Money operator+(const Money& o) const { return Money(cents_ + o.cents_); }
    Money operator-(const Money& o) const { return Money(cents_ - o.cents_); }
    Money operator-() const { return Money(-cents_); }
    Money& operator+=(const Money& o) {
        cents_ += o.cents_;
        return *this;
    }
    Money& operator-=(const Money& o) {
        cents_ -= o.cents_;
        return *this;
    }
    Money operator*(std::int64_t factor) const { return Money(cents_ * factor); }
    // Multiplying by a rate rounds once, half-up.
    Money operator*(const Rate& rate) const;
    // Exact division into n parts, rounded half-up (used for averages).
    Money dividedBy(std::int64_t n) const;

    friend bool operator==(const Money& a, const Money& b) { return a.cents_ == b.cents_; }
    friend std::strong_ordering operator<=>(const Money& a, const Money& b) {
        if (a.cents_ < b.cents_)
            return std::strong_ordering::less;
        if (a.cents_ > b.cents_)
            return std::strong_ordering::greater;
        return std::strong_ordering::equal;
    }

private:
    explicit Money(Cents cents) : cents_(cents) {}
    Cents cents_{0};
};

inline Money min(const Money& a, const Money& b) {
    return a < b ? a : b;
}
inline Money max(const Money& a, const Money& b) {
    return a < b ? b : a;
}

// A rate is an exact decimal fraction with up to six decimal places of a whole,
// stored in parts per million: "2.5" percent is 25 000 ppm, a probability of 0.8
// is 800 000 ppm. Used for growth, discounts, award shares and approval odds.
class Rate {
public:
    static constexpr std::int64_t kScale = 1'000'000;

    constexpr Rate() = default;
    static constexpr Rate fromPartsPerMillion(std::int64_t ppm) { return Rate(ppm); }
    // "2.5" -> 2.5 %; at most four fraction digits; integers accepted.
    static Rate parsePercent(std::string_view text);
    // "0.35" -> 35 %; at most six fraction digits.
    static Rate parseFraction(std::string_view text);

    std::int64_t partsPerMillion() const { return ppm_; }
    // Canonical percent text without trailing zeros: "2.5", "80", "-0.25".
    std::string toPercentString() const;
    // Fraction with two digits, half-up: "0.12".
    std::string toFractionString(int digits = 2) const;

    friend constexpr auto operator<=>(const Rate&, const Rate&) = default;

private:
    explicit constexpr Rate(std::int64_t ppm) : ppm_(ppm) {}
    // Rates beyond 10 000 times the whole are typing errors, not business figures.
    static Rate fromChecked(const BigInt& ppm, std::string_view text);
    std::int64_t ppm_{0};
};

} // namespace creditpath
