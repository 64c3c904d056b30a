#include "cost_export.h"

#include "scenario/problems.h"
#include "scenario/safe_json.h"

#include <cctype>
#include <cstring>
#include <optional>

namespace creditpath {
namespace {

using Json = nlohmann::ordered_json;

// Far above a real export (a few years of months, a few hundred services), and a bound on
// what a hostile file can make the reader hold.
constexpr std::size_t kMaxMonths = 600;
constexpr std::size_t kMaxServices = 2000;

bool isDigits(std::string_view s) {
    if (s.empty())
        return false;
    for (char c : s)
        if (!std::isdigit(static_cast<unsigned char>(c)))
            return false;
    return true;
}

// "2026-08-01" (JSON, CSV) or "2026-08" (CSV): the month's first day, or nullopt.
std::optional<std::string> monthStart(std::string_view text) {
    // "2026-08-01T00:00:00Z" or "2026-08-01 00:00": the day is what counts.
    if (text.size() > 10 && (text[10] == 'T' || text[10] == ' '))
        text = text.substr(0, 10);
    if (text.size() != 7 && (text.size() != 10 || text.substr(7) != "-01"))
        return std::nullopt;
    const auto year = text.substr(0, 4), month = text.substr(5, 2);
    if (!isDigits(year) || text[4] != '-' || !isDigits(month))
        return std::nullopt;
    const int m = std::stoi(std::string(month));
    if (m < 1 || m > 12 || year < "2000" || year > "2099")
        return std::nullopt;
    return std::string(text.substr(0, 7)) + "-01";
}

class Builder {
public:
    explicit Builder(CostExport::Format format) { out_.format = format; }

    std::size_t month(const std::string& start, bool estimated, const std::string& where) {
        for (const auto& m : out_.months)
            if (m.start == start)
                fail(where, "names the month " + start + " a second time");
        if (out_.months.size() == kMaxMonths)
            fail(where, "is one month too many (at most " + std::to_string(kMaxMonths) + ")");
        out_.months.push_back({start, estimated});
        return out_.months.size() - 1;
    }
    // The long layout repeats a month on every service's row.
    std::size_t sharedMonth(const std::string& start, const std::string& where) {
        for (std::size_t i = 0; i < out_.months.size(); ++i)
            if (out_.months[i].start == start)
                return i;
        return month(start, false, where);
    }
    std::size_t service(const std::string& name, const std::string& where) {
        for (std::size_t i = 0; i < out_.services.size(); ++i)
            if (out_.services[i] == name)
                return i;
        if (out_.services.size() == kMaxServices)
            fail(where, "is one service too many (at most " + std::to_string(kMaxServices) + ")");
        out_.services.push_back(name);
        return out_.services.size() - 1;
    }
    void cell(std::size_t month, std::size_t service, const std::string& amount,
              const std::string& where) {
        if (!isCostAmount(amount))
            fail(where, "must be an amount like 1234.56, got \"" + amount + "\"");
        else
            out_.cells.push_back({month, service, amount, where});
    }
    void fail(const std::string& where, const std::string& message) {
        problems_.emplace_back(where, message);
    }
    bool failed() const { return !problems_.empty(); }
    CostExport finish() {
        if (problems_.empty() && out_.months.empty())
            fail("", "holds no month of costs");
        if (!problems_.empty())
            throw InvalidDocument(problems_);
        return std::move(out_);
    }

private:
    CostExport out_;
    std::vector<Problem> problems_;
};

const Json* member(const Json& obj, const char* key) {
    if (!obj.is_object())
        return nullptr;
    const auto it = obj.find(key);
    return it == obj.end() ? nullptr : &*it;
}

std::string text(const Json* v) {
    return v && v->is_string() ? v->get<std::string>() : std::string();
}

// The metric of a group: UnblendedCost as the command asks, else the only one given.
const Json* metricOf(const Json& metrics) {
    if (const Json* m = member(metrics, "UnblendedCost"))
        return m;
    return metrics.is_object() && metrics.size() == 1 ? &metrics.begin().value() : nullptr;
}

CostExport readJson(std::string_view text_) {
    const Json doc = detail::parseJsonDocument(text_, "the cost export");
    Builder b(CostExport::Format::CliJson);
    const Json* results = member(doc, "ResultsByTime");
    if (!results || !results->is_array()) {
        b.fail("ResultsByTime", "is required: the output of aws ce get-cost-and-usage");
        return b.finish();
    }
    bool anyGroups = false;
    for (std::size_t i = 0; i < results->size(); ++i) {
        const Json& r = (*results)[i];
        const std::string at = "ResultsByTime[" + std::to_string(i) + "]";
        const Json* period = member(r, "TimePeriod");
        const auto start = monthStart(text(period ? member(*period, "Start") : nullptr));
        if (!start) {
            b.fail(at + ".TimePeriod.Start", "must be the first day of a month like 2026-08-01 "
                                             "(run with --granularity MONTHLY)");
            continue;
        }
        const Json* estimated = member(r, "Estimated");
        const std::size_t month =
            b.month(*start, estimated && estimated->is_boolean() && estimated->get<bool>(), at);
        const Json* groups = member(r, "Groups");
        if (!groups)
            continue;
        if (!groups->is_array()) {
            b.fail(at + ".Groups", "must be a list");
            continue;
        }
        for (std::size_t g = 0; g < groups->size(); ++g) {
            const Json& group = (*groups)[g];
            const std::string gat = at + ".Groups[" + std::to_string(g) + "]";
            const Json* keys = member(group, "Keys");
            if (!keys || !keys->is_array() || keys->size() != 1 || !(*keys)[0].is_string()) {
                b.fail(gat + ".Keys", "must name one service (group by SERVICE only)");
                continue;
            }
            const Json* metrics = member(group, "Metrics");
            const Json* metric = metrics ? metricOf(*metrics) : nullptr;
            if (!metric) {
                b.fail(gat + ".Metrics", "must hold UnblendedCost");
                continue;
            }
            const std::string unit = text(member(*metric, "Unit"));
            if (unit != "USD") {
                b.fail(gat + ".Metrics.UnblendedCost.Unit",
                       "must be \"USD\" (AWS credits are in US dollars), got \"" + unit + "\"");
                continue;
            }
            const Json* amount = member(*metric, "Amount");
            const std::string where = gat + ".Metrics.UnblendedCost.Amount";
            if (!amount || !amount->is_string()) {
                b.fail(where, "must be an amount as text, like \"1234.56\"");
                continue;
            }
            anyGroups = true;
            b.cell(month, b.service((*keys)[0].get<std::string>(), gat + ".Keys"),
                   amount->get<std::string>(), where);
        }
    }
    if (!b.failed() && !anyGroups)
        b.fail("ResultsByTime", "has no costs by service: run the command with --group-by "
                                "Type=DIMENSION,Key=SERVICE");
    return b.finish();
}

// RFC 4180 rows: quoted fields may hold commas, quotes (doubled) and line breaks.
std::vector<std::vector<std::string>> csvRows(std::string_view text, Builder& b) {
    std::vector<std::vector<std::string>> rows(1, std::vector<std::string>(1));
    bool quoted = false;
    std::size_t quoteRow = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        std::string& field = rows.back().back();
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == '"') {
            quoted = true;
            quoteRow = rows.size();
        } else if (c == ',') {
            rows.back().emplace_back();
        } else if (c == '\n' || c == '\r') {
            if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n')
                ++i;
            rows.emplace_back(1);
        } else {
            field += c;
        }
    }
    if (quoted)
        b.fail("row " + std::to_string(quoteRow), "has a quote that is never closed");
    while (!rows.empty() && rows.back().size() == 1 && rows.back()[0].empty())
        rows.pop_back();
    return rows;
}

std::string trimmed(const std::string& s) {
    const auto first = s.find_first_not_of(" \t");
    return first == std::string::npos ? std::string()
                                      : s.substr(first, s.find_last_not_of(" \t") - first + 1);
}

// "Cost ($)" -> "cost": a header's name without case or unit.
std::string headerKey(const std::string& cell) {
    std::string key;
    for (char c : trimmed(cell))
        key += c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
    for (const char* unit : {"($)", "(usd)"})
        if (key.size() > std::strlen(unit) &&
            key.compare(key.size() - std::strlen(unit), std::strlen(unit), unit) == 0)
            key = trimmed(key.substr(0, key.size() - std::strlen(unit)));
    return key;
}

struct LongColumns {
    std::size_t service, month, cost;
};

// One row per service and month ("Service,Date,Cost"): the three columns by their names.
std::optional<LongColumns> longLayout(const std::vector<std::string>& header) {
    std::optional<std::size_t> service, month, cost;
    for (std::size_t c = 0; c < header.size(); ++c) {
        const std::string key = headerKey(header[c]);
        if (key == "service")
            service = c;
        else if (key == "date" || key == "month" || key == "start date" || key == "usage date" ||
                 key == "time period" || key == "period" || key == "billing period")
            month = c;
        else if (key == "cost" || key == "unblended cost" || key == "unblendedcost" ||
                 key == "amount")
            cost = c;
    }
    if (service && month && cost)
        return LongColumns{*service, *month, *cost};
    return std::nullopt;
}

void readLongRows(const std::vector<std::vector<std::string>>& rows, const LongColumns& col,
                  Builder& b) {
    const auto& header = rows.front();
    for (std::size_t r = 1; r < rows.size() && !b.failed(); ++r) {
        const auto& row = rows[r];
        const std::string at = "row " + std::to_string(r + 1);
        const auto cell = [&](std::size_t c) { return c < row.size() ? trimmed(row[c]) : ""; };
        const auto where = [&](std::size_t c) {
            return at + ", column \"" + trimmed(header[c]) + "\"";
        };
        const std::string name = cell(col.service);
        if (name.empty()) {
            b.fail(where(col.service), "must name a service");
            continue;
        }
        const auto start = monthStart(cell(col.month));
        if (!start) {
            b.fail(where(col.month), "must be the month's first day like 2026-08-01 (a monthly "
                                     "report), got \"" +
                                         cell(col.month) + "\"");
            continue;
        }
        const std::size_t month = b.sharedMonth(*start, at);
        if (!cell(col.cost).empty())
            b.cell(month, b.service(name, where(col.service)), cell(col.cost), where(col.cost));
    }
}

CostExport readCsv(std::string_view text_) {
    Builder b(CostExport::Format::ConsoleCsv);
    if (text_.substr(0, 3) == "\xEF\xBB\xBF")
        text_.remove_prefix(3);
    const auto rows = csvRows(text_, b);
    if (b.failed() || rows.empty())
        return b.finish();
    const auto& header = rows.front();
    if (const auto layout = longLayout(header)) {
        readLongRows(rows, *layout, b);
        return b.finish();
    }
    std::vector<std::optional<std::size_t>> columns(header.size());
    for (std::size_t c = 1; c < header.size(); ++c) {
        // The console writes a unit after each service: "EC2-Instances($)".
        std::string name = trimmed(header[c]);
        if (name.size() > 3 && name.compare(name.size() - 3, 3, "($)") == 0)
            name = trimmed(name.substr(0, name.size() - 3));
        if (name.empty())
            b.fail("row 1, column " + std::to_string(c + 1), "must name a service");
        else
            columns[c] = b.service(name, "row 1, column \"" + trimmed(header[c]) + "\"");
    }
    for (std::size_t r = 1; r < rows.size() && !b.failed(); ++r) {
        const auto& row = rows[r];
        const std::string at = "row " + std::to_string(r + 1);
        const std::string first = trimmed(row[0]);
        if (first == "Service total" || first == "Total")
            continue;
        const auto start = monthStart(first);
        if (!start) {
            b.fail(at + ", column 1",
                   "must be the month's first day like 2026-08-01 (a monthly report), got \"" +
                       first + "\"");
            continue;
        }
        if (row.size() > header.size())
            b.fail(at, "has more cells than the header has columns");
        const std::size_t month = b.month(*start, false, at);
        for (std::size_t c = 1; c < row.size() && c < header.size(); ++c) {
            const std::string amount = trimmed(row[c]);
            if (!amount.empty() && columns[c])
                b.cell(month, *columns[c], amount, at + ", column \"" + trimmed(header[c]) + "\"");
        }
    }
    return b.finish();
}

} // namespace

bool isCostAmount(std::string_view s) {
    std::size_t i = 0;
    if (i < s.size() && s[i] == '-')
        ++i;
    const auto digits = [&] {
        const std::size_t from = i;
        while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i])))
            ++i;
        return i - from;
    };
    const std::size_t whole = digits();
    if (whole == 0 || whole > 15)
        return false;
    if (i < s.size() && s[i] == '.') {
        ++i;
        const std::size_t fraction = digits();
        if (fraction == 0 || fraction > 20)
            return false;
    }
    if (i < s.size() && (s[i] == 'E' || s[i] == 'e')) {
        ++i;
        if (i < s.size() && (s[i] == '-' || s[i] == '+'))
            ++i;
        const std::size_t from = i;
        const std::size_t exponent = digits();
        // |exponent| <= 20 keeps every amount exact at the importer's fixed scale.
        if (exponent == 0 || exponent > 2 || std::stoi(std::string(s.substr(from, exponent))) > 20)
            return false;
    }
    return i == s.size();
}

CostExport readCostExport(std::string_view text) {
    if (text.size() > detail::kMaxDocumentBytes)
        throw InvalidDocument({Problem("", "is larger than 4 MiB; no cost export is that large")});
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first != std::string_view::npos && text[first] == '{')
        return readJson(text);
    return readCsv(text);
}

} // namespace creditpath
