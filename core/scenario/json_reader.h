#pragma once
// Typed, path-tracking reads from a JSON document that collect problems instead of stopping
// at the first one. Shared by the scenario and rulebook loaders; internal to core.
#include "enums.h"
#include "money/money.h"
#include "problems.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

namespace creditpath::detail {

using Json = nlohmann::ordered_json;

// The largest amount a document may state (USD): far above any AWS bill or award, and low
// enough that every sum and product the engine forms stays exact.
inline constexpr long long kMaxAmount = 1'000'000'000'000;

class JsonReader {
public:
    explicit JsonReader(std::vector<Problem>& sink) : problems_(sink) {}

    void fail(const std::string& path, std::string message) {
        problems_.push_back({path, std::move(message)});
    }
    void failWith(const std::string& path, std::string code, InputArgs args) {
        problems_.emplace_back(path, std::move(code), std::move(args));
    }

    // Each reader returns nullopt when the field is absent, and also (after recording a
    // problem) when it is present but wrong; callers keep their defaults then.
    std::optional<std::string> text(const Json& obj, const char* key, const std::string& path);
    std::optional<bool> boolean(const Json& obj, const char* key, const std::string& path);
    std::optional<int> integer(const Json& obj, const char* key, const std::string& path, int min,
                               int max);
    // Money: a decimal string or a JSON integer; a JSON float is refused rather than
    // read through binary floating point.
    std::optional<Money> money(const Json& obj, const char* key, const std::string& path,
                               bool allowNegative = false);
    std::optional<Rate> percent(const Json& obj, const char* key, const std::string& path,
                                const Rate& min, const Rate& max);
    std::optional<std::vector<std::string>> strings(const Json& obj, const char* key,
                                                    const std::string& path);
    template <typename E>
    std::optional<E> choice(const Json& obj, const char* key, const std::string& path);
    // The object under key, or nullptr when absent or (recorded) not an object.
    const Json* object(const Json& obj, const char* key, const std::string& path);

    static std::string join(const std::string& path, const char* key) {
        return path.empty() ? std::string(key) : path + "." + key;
    }

private:
    const Json* field(const Json& obj, const char* key) const;
    std::vector<Problem>& problems_;
};

std::string quoted(const Json& value);

template <typename E>
std::optional<E> JsonReader::choice(const Json& obj, const char* key, const std::string& path) {
    const auto name = text(obj, key, path);
    if (!name)
        return std::nullopt;
    if (auto e = parseEnum<E>(*name))
        return e;
    std::string allowed;
    for (auto n : enumNames<E>())
        allowed += (allowed.empty() ? "" : ", ") + std::string(n);
    fail(join(path, key), "must be one of " + allowed + ", got \"" + *name + "\"");
    return std::nullopt;
}

} // namespace creditpath::detail
