#pragma once
// The monthly cost by service that AWS gives people, read as it is (no judgement yet):
//  - the JSON `aws ce get-cost-and-usage --granularity MONTHLY --metrics UnblendedCost
//    --group-by Type=DIMENSION,Key=SERVICE` prints, and
//  - the CSV Cost Explorer's "Download CSV" writes for a monthly report grouped by service:
//    a header of service columns ("EC2-Instances($)", ..., "Total costs($)"), a "Service
//    total" row, then one row per month headed by its first day; or the long layout of one
//    row per service and month, found by its column names (Service, Date or Month, Cost).
// The reader is total, like the scenario reader: size, syntax, nesting, duplicate months and
// malformed amounts become problems naming the field (JSON path, or "row 3, column ...").
#include <string>
#include <string_view>
#include <vector>

namespace creditpath {

struct CostExport {
    enum class Format { CliJson, ConsoleCsv };
    struct Month {
        std::string start;      // "2026-08-01"
        bool estimated = false; // the JSON's "Estimated": AWS has not closed the month
    };
    struct Cell {
        std::size_t month = 0;   // index into months
        std::size_t service = 0; // index into services
        std::string amount;      // decimal text as in the file: "1234.5678901", "-12.5"
        std::string where;       // the field that stated it, for messages
    };
    Format format = Format::CliJson;
    std::vector<Month> months; // in file order
    std::vector<std::string> services;
    std::vector<Cell> cells;
};

// The format is told by the content: JSON starts with '{'. Throws InvalidDocument.
CostExport readCostExport(std::string_view text);

// A decimal amount as Cost Explorer writes it: [-]digits[.digits][E[-]digits].
bool isCostAmount(std::string_view text);

} // namespace creditpath
