#include "json_reader.h"

namespace creditpath::detail {

std::string quoted(const Json& value) {
    return value.is_string() ? "\"" + value.get<std::string>() + "\"" : value.dump();
}

const Json* JsonReader::field(const Json& obj, const char* key) const {
    if (!obj.is_object())
        return nullptr;
    auto it = obj.find(key);
    return it == obj.end() || it->is_null() ? nullptr : &*it;
}

std::optional<std::string> JsonReader::text(const Json& obj, const char* key,
                                            const std::string& path) {
    const Json* v = field(obj, key);
    if (!v)
        return std::nullopt;
    if (!v->is_string()) {
        fail(join(path, key), "must be text, got " + v->dump());
        return std::nullopt;
    }
    return v->get<std::string>();
}

std::optional<bool> JsonReader::boolean(const Json& obj, const char* key, const std::string& path) {
    const Json* v = field(obj, key);
    if (!v)
        return std::nullopt;
    if (!v->is_boolean()) {
        fail(join(path, key), "must be true or false, got " + v->dump());
        return std::nullopt;
    }
    return v->get<bool>();
}

std::optional<int> JsonReader::integer(const Json& obj, const char* key, const std::string& path,
                                       int min, int max) {
    const Json* v = field(obj, key);
    if (!v)
        return std::nullopt;
    const InputArgs range{
        {"min", std::to_string(min)}, {"max", std::to_string(max)}, {"got", v->dump()}};
    if (!v->is_number_integer()) {
        failWith(join(path, key), "integer_range", range);
        return std::nullopt;
    }
    const auto n = v->get<std::int64_t>();
    if (n < min || n > max) {
        failWith(join(path, key), "integer_range", range);
        return std::nullopt;
    }
    return static_cast<int>(n);
}

std::optional<Money> JsonReader::money(const Json& obj, const char* key, const std::string& path,
                                       bool allowNegative) {
    const Json* v = field(obj, key);
    if (!v)
        return std::nullopt;
    std::optional<Money> m;
    if (v->is_string()) {
        try {
            m = Money::parse(v->get<std::string>());
        } catch (const MoneyError&) {
        }
    } else if (v->is_number_integer()) {
        // JSON integers arrive as 64-bit integers, never as doubles.
        m = v->is_number_unsigned() ? Money::fromCents(Money::Cents(v->get<std::uint64_t>()) * 100)
                                    : Money::fromWhole(v->get<std::int64_t>());
    }
    if (!m || (!allowNegative && m->isNegative())) {
        failWith(join(path, key), allowNegative ? "amount_signed" : "amount_non_negative",
                 {{"got", quoted(*v)}});
        return std::nullopt;
    }
    if (max(*m, -*m) > Money::fromWhole(kMaxAmount)) {
        failWith(join(path, key), "amount_too_large", {{"got", quoted(*v)}});
        return std::nullopt;
    }
    return m;
}

std::optional<Rate> JsonReader::percent(const Json& obj, const char* key, const std::string& path,
                                        const Rate& min, const Rate& max) {
    const Json* v = field(obj, key);
    if (!v)
        return std::nullopt;
    std::optional<Rate> r;
    try {
        if (v->is_string())
            r = Rate::parsePercent(v->get<std::string>());
        else if (v->is_number_integer())
            r = Rate::parsePercent(std::to_string(v->get<std::int64_t>()));
    } catch (const MoneyError&) {
    }
    if (!r || *r < min || *r > max) {
        failWith(
            join(path, key), "percent_range",
            {{"min", min.toPercentString()}, {"max", max.toPercentString()}, {"got", quoted(*v)}});
        return std::nullopt;
    }
    return r;
}

std::optional<std::vector<std::string>> JsonReader::strings(const Json& obj, const char* key,
                                                            const std::string& path) {
    const Json* v = field(obj, key);
    if (!v)
        return std::nullopt;
    if (!v->is_array()) {
        fail(join(path, key), "must be a list of text, got " + v->dump());
        return std::nullopt;
    }
    std::vector<std::string> out;
    for (std::size_t i = 0; i < v->size(); ++i) {
        const Json& item = (*v)[i];
        if (!item.is_string()) {
            fail(join(path, key) + "[" + std::to_string(i) + "]",
                 "must be text, got " + item.dump());
            continue;
        }
        out.push_back(item.get<std::string>());
    }
    return out;
}

const Json* JsonReader::object(const Json& obj, const char* key, const std::string& path) {
    const Json* v = field(obj, key);
    if (!v)
        return nullptr;
    if (!v->is_object()) {
        fail(join(path, key), "must be an object, got " + v->dump());
        return nullptr;
    }
    return v;
}

} // namespace creditpath::detail
