#include "overlap.h"

#include "text_checks.h"

#include <algorithm>
#include <cctype>
#include <set>

namespace creditpath {
namespace {

std::string normaliseService(std::string_view name) {
    std::string s = detail::toLower(name);
    for (std::string_view prefix : {"amazon ", "aws "})
        if (s.rfind(prefix, 0) == 0)
            s.erase(0, prefix.size());
    std::string out;
    for (char ch : s)
        if (std::isalnum(static_cast<unsigned char>(ch)))
            out += ch;
    return out;
}

const std::set<std::string>& stopWords() {
    static const std::set<std::string> words{
        "the",   "and", "for", "with",    "our",    "from",  "that",  "this",  "into",
        "using", "use", "new", "running", "run",    "are",   "its",   "their", "your",
        "will",  "all", "via", "per",     "served", "based", "which", "each",  "on",
        "of",    "to",  "in",  "a",       "an",     "by",    "as",    "is"};
    return words;
}

std::set<std::string> contentWords(std::string_view text) {
    std::set<std::string> words;
    std::string word;
    auto flush = [&] {
        if (word.size() >= 3 && !stopWords().contains(word)) {
            if (word.size() > 3 && word.back() == 's')
                word.pop_back();
            words.insert(word);
        }
        word.clear();
    };
    for (char ch : text) {
        if (std::isalnum(static_cast<unsigned char>(ch)))
            word += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
        else
            flush();
    }
    flush();
    return words;
}

Rate jaccard(const std::set<std::string>& a, const std::set<std::string>& b) {
    std::vector<std::string> both, either;
    std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(both));
    std::set_union(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(either));
    if (either.empty())
        return Rate();
    const auto n = static_cast<std::int64_t>(both.size()),
               d = static_cast<std::int64_t>(either.size());
    return Rate::fromPartsPerMillion((n * Rate::kScale * 2 + d) / (d * 2));
}

} // namespace

Overlap detectOverlap(const PortfolioApplication& portfolio, const BuildApplication& build,
                      const RulebookParameters& params) {
    Overlap o;
    std::set<std::string> portfolioServices, buildServices;
    for (const auto& s : portfolio.services)
        portfolioServices.insert(normaliseService(s));
    for (const auto& s : build.services) {
        const auto key = normaliseService(s);
        buildServices.insert(key);
        if (portfolioServices.contains(key) &&
            std::find(o.sharedServices.begin(), o.sharedServices.end(), s) ==
                o.sharedServices.end())
            o.sharedServices.push_back(s);
    }
    portfolioServices.erase("");
    buildServices.erase("");
    o.serviceSimilarity = jaccard(portfolioServices, buildServices);
    o.textSimilarity = jaccard(contentWords(portfolio.useCase), contentWords(build.useCase));
    o.score = Rate::fromPartsPerMillion(
        (o.serviceSimilarity.partsPerMillion() + o.textSimilarity.partsPerMillion() + 1) / 2);
    o.flagged = build.enabled && o.serviceSimilarity >= params.overlapServiceThreshold &&
                o.textSimilarity >= params.overlapTextThreshold;
    return o;
}

} // namespace creditpath
