#include "overlap.h"

#include "text_checks.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <vector>

namespace creditpath {
namespace {

std::string normaliseService(std::string_view name) {
    std::string s = detail::toLower(name);
    for (std::string_view prefix : {"amazon ", "aws "})
        if (s.rfind(prefix, 0) == 0)
            s.erase(0, prefix.size());
    std::erase_if(s, [](char ch) { return !detail::asciiAlnum(ch); });
    return s;
}

// A word's first eight bytes as one number, first byte highest, zero-padded: numbers order as
// the words' first eight bytes do, so stop words are searched and words sorted by integer
// comparison, and only words sharing eight bytes compare as strings.
constexpr std::uint64_t packed(std::string_view word) {
    if (!std::is_constant_evaluated()) {
        std::uint64_t v = 0;
        std::memcpy(&v, word.data(), std::min<std::size_t>(word.size(), 8));
        if constexpr (std::endian::native == std::endian::little)
            v = __builtin_bswap64(v);
        return v;
    }
    std::uint64_t v = 0;
    for (std::size_t i = 0; i < 8; ++i)
        v = (v << 8) | (i < word.size() ? static_cast<unsigned char>(word[i]) : 0u);
    return v;
}

// A content word with its packed prefix: words order by prefix, then as strings.
struct Word {
    std::uint64_t key;
    std::string_view text;
    friend bool operator==(const Word& a, const Word& b) {
        return a.key == b.key && a.text == b.text;
    }
    friend bool operator<(const Word& a, const Word& b) {
        return a.key != b.key ? a.key < b.key : a.text < b.text;
    }
};

// `key` is packed(word).
bool isStopWord(std::string_view word, std::uint64_t key) {
    static constexpr std::array<std::string_view, 35> sorted{
        "a",   "all",  "an",    "and",     "are",    "as",   "based", "by",    "each",
        "for", "from", "in",    "into",    "is",     "its",  "new",   "of",    "on",
        "our", "per",  "run",   "running", "served", "that", "the",   "their", "this",
        "to",  "use",  "using", "via",     "which",  "will", "with",  "your"};
    static_assert(std::is_sorted(sorted.begin(), sorted.end()), "binary search needs order");
    static constexpr auto keys = [] {
        std::array<std::uint64_t, sorted.size()> k{};
        for (std::size_t i = 0; i < sorted.size(); ++i)
            k[i] = packed(sorted[i]);
        return k;
    }();
    static_assert(std::is_sorted(keys.begin(), keys.end()), "packing keeps the order");
    return word.size() <= 8 && std::binary_search(keys.begin(), keys.end(), key);
}

template <typename Item> std::vector<Item> sortedDistinct(std::vector<Item> items) {
    std::sort(items.begin(), items.end());
    items.erase(std::unique(items.begin(), items.end()), items.end());
    return items;
}

// The distinct content words of a text, sorted: lower case, three letters or more, no stop
// words, a plural "s" dropped. Views into `lowered`, the text in lower case.
std::vector<Word> contentWords(const std::string& lowered) {
    std::vector<Word> words;
    words.reserve(lowered.size() / 4 + 1); // a word and its space take four letters or more
    // A table of the word bytes: the texts are scanned byte by byte.
    static constexpr auto kWordByte = [] {
        std::array<bool, 256> table{};
        for (int b = 0; b < 256; ++b)
            table[std::size_t(b)] = detail::asciiAlnum(static_cast<char>(b));
        return table;
    }();
    const auto isWordChar = [](char ch) { return kWordByte[static_cast<unsigned char>(ch)]; };
    for (auto it = lowered.begin(); it != lowered.end();) {
        it = std::find_if(it, lowered.end(), isWordChar);
        if (it == lowered.end())
            break;
        const auto end = std::find_if_not(it, lowered.end(), isWordChar);
        std::string_view word(&*it, static_cast<std::size_t>(end - it));
        it = end;
        if (word.size() < 3 || isStopWord(word, packed(word)))
            continue;
        if (word.size() > 3 && word.back() == 's')
            word.remove_suffix(1);
        words.push_back({packed(word), word});
    }
    return sortedDistinct(std::move(words));
}

// |a ∩ b| / |a ∪ b| of two sorted, distinct lists, rounded half-up to a part per million.
template <typename Word> Rate jaccard(const std::vector<Word>& a, const std::vector<Word>& b) {
    std::int64_t both = 0;
    for (auto i = a.begin(), j = b.begin(); i != a.end() && j != b.end();) {
        if (*i < *j)
            ++i;
        else if (*j < *i)
            ++j;
        else
            ++both, ++i, ++j;
    }
    const std::int64_t either = static_cast<std::int64_t>(a.size() + b.size()) - both;
    if (either == 0)
        return Rate();
    return Rate::fromPartsPerMillion((both * Rate::kScale * 2 + either) / (either * 2));
}

} // namespace

LoweredUseCases lowerUseCases(const PortfolioApplication& portfolio,
                              const BuildApplication& build) {
    return {detail::toLower(portfolio.useCase), detail::toLower(build.useCase)};
}

Overlap detectOverlap(const PortfolioApplication& portfolio, const BuildApplication& build,
                      const LoweredUseCases& useCases, const RulebookParameters& params) {
    Overlap o;
    std::vector<std::string> portfolioServices, buildServices;
    for (const auto& s : portfolio.services)
        portfolioServices.push_back(normaliseService(s));
    for (const auto& s : build.services)
        buildServices.push_back(normaliseService(s));
    portfolioServices = sortedDistinct(std::move(portfolioServices));
    // Shared services are named as the Build application spells them, in its order.
    for (std::size_t i = 0; i < build.services.size(); ++i) {
        const std::string& s = build.services[i];
        if (std::binary_search(portfolioServices.begin(), portfolioServices.end(),
                               buildServices[i]) &&
            std::find(o.sharedServices.begin(), o.sharedServices.end(), s) ==
                o.sharedServices.end())
            o.sharedServices.push_back(s);
    }
    buildServices = sortedDistinct(std::move(buildServices));
    // A name that is nothing but "AWS" or punctuation counts for neither side's similarity.
    std::erase(portfolioServices, std::string());
    std::erase(buildServices, std::string());
    o.serviceSimilarity = jaccard(portfolioServices, buildServices);
    o.textSimilarity = jaccard(contentWords(useCases.portfolio), contentWords(useCases.build));
    o.score = Rate::fromPartsPerMillion(
        (o.serviceSimilarity.partsPerMillion() + o.textSimilarity.partsPerMillion() + 1) / 2);
    o.flagged = build.enabled && o.serviceSimilarity >= params.overlapServiceThreshold &&
                o.textSimilarity >= params.overlapTextThreshold;
    return o;
}

} // namespace creditpath
