#include "spend_import.h"

#include "evaluation/timeline.h"
#include "scenario/problems.h"
#include "scenario/safe_json.h"
#include "service_categories.h"

#include <algorithm>
#include <map>

namespace creditpath {
namespace {

using namespace std::chrono;

// Every amount is held exactly in units of 1e-40 dollars: 20 fraction digits and an exponent
// down to -20 (isCostAmount) fit without loss.
constexpr int kScale = 40;

BigInt pow10(int n) {
    BigInt p = 1;
    for (int i = 0; i < n; ++i)
        p *= 10;
    return p;
}

BigInt scaled(const std::string& amount) {
    std::string mantissa = amount;
    int exponent = 0;
    if (const auto e = amount.find_first_of("eE"); e != std::string::npos) {
        mantissa = amount.substr(0, e);
        exponent = std::stoi(amount.substr(e + 1));
    }
    const bool negative = mantissa[0] == '-';
    if (negative)
        mantissa.erase(0, 1);
    int places = 0;
    if (const auto dot = mantissa.find('.'); dot != std::string::npos) {
        places = int(mantissa.size() - dot - 1);
        mantissa.erase(dot, 1);
    }
    // cpp_int reads a leading 0 as octal: digits go in without leading zeros.
    const auto first = mantissa.find_first_not_of('0');
    mantissa = first == std::string::npos ? "0" : mantissa.substr(first);
    const BigInt value = BigInt(mantissa) * pow10(kScale - places + exponent);
    return negative ? BigInt(-value) : value;
}

// The most a scenario states (FORMATS.md limits): one trillion dollars.
const BigInt& maxScaled() {
    static const BigInt max = BigInt(1'000'000'000'000) * pow10(kScale);
    return max;
}

// Exact sum to cents, half-up, once; callers have checked it against maxScaled().
Money toMoney(const BigInt& value) {
    return Money::fromFraction(value, pow10(kScale - 2));
}

year_month monthOf(const std::string& start) {
    const auto day = *parseIsoDate(start);
    return year_month_day(day).year() / year_month_day(day).month();
}

bool isOver(const CostExport::Month& m, sys_days today) {
    const year_month next = monthOf(m.start) + months(1);
    return !m.estimated && sys_days(next / 1) <= today;
}

std::string monthName(const std::string& start) {
    return start.substr(0, 7);
}

// The whole tenth of a percent g for which first·(1+g)^n comes nearest to last (ties up),
// within the growth a scenario takes (-99 % to +100 % a month). Exact integer comparisons.
Rate compoundTrend(const BigInt& first, const BigInt& last, int n) {
    const BigInt target = last * boost::multiprecision::pow(BigInt(1000), unsigned(n));
    const auto grown = [&](int tenths) -> BigInt { // a value, not an expression template
        return first * boost::multiprecision::pow(BigInt(1000 + tenths), unsigned(n));
    };
    int low = -990, high = 1000;
    while (low < high) { // the largest k with grown(k) <= target, or -990
        const int mid = low + (high - low + 1) / 2;
        if (grown(mid) <= target)
            low = mid;
        else
            high = mid - 1;
    }
    int k = low;
    if (k < 1000 && grown(k) <= target && target - grown(k) >= grown(k + 1) - target)
        ++k;
    return Rate::fromPartsPerMillion(std::int64_t(k) * 1000);
}

void push(std::vector<std::string>& list, const std::string& name) {
    if (std::find(list.begin(), list.end(), name) == list.end())
        list.push_back(name);
}

} // namespace

SpendImport importSpend(const CostExport& costs, sys_days today) {
    SpendImport out;
    std::vector<std::size_t> over; // indices of closed months, oldest first
    for (std::size_t m = 0; m < costs.months.size(); ++m) {
        if (isOver(costs.months[m], today))
            over.push_back(m);
        else
            out.openMonths.push_back(monthName(costs.months[m].start));
    }
    std::sort(over.begin(), over.end(), [&](std::size_t a, std::size_t b) {
        return costs.months[a].start < costs.months[b].start;
    });
    if (over.empty())
        throw InvalidDocument({Problem("", "holds no month that is over yet (an import takes the "
                                           "last full month)")});
    const std::size_t last = over.back();
    out.month = monthName(costs.months[last].start);

    std::map<std::size_t, BigInt> spendByMonth; // gross spend of each month
    std::map<Category, BigInt> byCategory;      // the last full month's
    std::map<Category, std::string> firstWhere;
    BigInt excluded = 0;
    for (const auto& cell : costs.cells) {
        const std::string& name = costs.services[cell.service];
        const ServiceMapping mapping = mapService(name);
        if (mapping.kind == ServiceKind::Total)
            continue;
        const BigInt value = scaled(cell.amount);
        const bool notSpend = mapping.kind == ServiceKind::NotSpend || value < 0;
        if (cell.month == last && notSpend && value != 0) {
            push(out.excluded, name);
            excluded += value < 0 ? BigInt(-value) : value;
        }
        if (notSpend)
            continue;
        spendByMonth[cell.month] += value;
        if (cell.month != last || value == 0)
            continue;
        const Category category = mapping.category.value_or(Category::Other);
        if (!mapping.category)
            push(out.unmapped, name);
        byCategory[category] += value;
        firstWhere.emplace(category, cell.where);
    }
    for (const auto& [category, value] : byCategory) {
        if (value > maxScaled())
            throw InvalidDocument({Problem(
                firstWhere[category], "makes the month's " + std::string(nameOf(category)) +
                                          " spend more than 1000000000000.00 (one trillion)")});
        const Money monthly = toMoney(value);
        if (!monthly.isZero())
            out.lines.push_back({category, monthly, std::nullopt, Rate(), Rate()});
    }
    if (excluded > maxScaled())
        throw InvalidDocument({Problem("", "leaves out more than 1000000000000.00 (one trillion) "
                                           "of tax, credits and refunds in " +
                                               out.month)});
    out.excludedAmount = toMoney(excluded);

    // The trend: the closed months of the last six calendar months, from the first with spend.
    const year_month lastMonth = monthOf(costs.months[last].start);
    std::vector<std::size_t> window;
    for (std::size_t m : over)
        if ((lastMonth - monthOf(costs.months[m].start)).count() < 6)
            window.push_back(m);
    while (!window.empty() && spendByMonth[window.front()] <= 0)
        window.erase(window.begin());
    if (window.size() >= 3) {
        const int span = int((monthOf(costs.months[window.back()].start) -
                              monthOf(costs.months[window.front()].start))
                                 .count());
        out.trend = compoundTrend(spendByMonth[window.front()], spendByMonth[window.back()], span);
        out.trendMonths = span + 1;
    }
    return out;
}

Scenario withImportedSpend(Scenario scenario, const SpendImport& imported, bool applyTrend) {
    scenario.spendLines = imported.lines;
    if (applyTrend && imported.trend)
        for (SpendLine& line : scenario.spendLines)
            line.growthPercentPerMonth = *imported.trend;
    // The old lines' unknown fields belonged to those lines: they do not move to new ones.
    if (!scenario.sourceDocument.empty()) {
        auto doc = detail::parseJsonDocument(scenario.sourceDocument, "the scenario");
        if (doc.contains("spend") && doc["spend"].is_object())
            doc["spend"]["lines"] = nlohmann::ordered_json::array();
        scenario.sourceDocument = doc.dump(2);
    }
    return scenario;
}

std::string importSummary(const SpendImport& imported, bool trendApplied) {
    std::string out = "Spend lines from " + imported.month + ", the last full month:";
    for (const auto& line : imported.lines)
        out += std::string("\n  ") + std::string(nameOf(line.category)) + " " +
               line.monthly.toString();
    const auto list = [](const std::vector<std::string>& names) {
        std::string s;
        for (const auto& n : names)
            s += (s.empty() ? "" : ", ") + n;
        return s;
    };
    if (!imported.unmapped.empty())
        out += "\nNot in the service table, counted as other: " + list(imported.unmapped);
    if (!imported.excluded.empty())
        out += "\nLeft out, not spend (tax, credits, refunds): " + list(imported.excluded) + ", " +
               imported.excludedAmount.toString() + " in total";
    if (!imported.openMonths.empty())
        out += "\nLeft out, not over yet: " + list(imported.openMonths);
    if (imported.trend)
        out += "\nTrend over " + std::to_string(imported.trendMonths) +
               " months: " + imported.trend->toPercentString() + " % a month, " +
               (trendApplied ? "applied as each line's growth"
                             : "not applied (--apply-trend applies it)");
    return out + "\n";
}

} // namespace creditpath
