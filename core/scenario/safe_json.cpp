#include "safe_json.h"

#include <set>
#include <string>
#include <vector>

namespace creditpath::detail {
namespace {

using Json = nlohmann::ordered_json;

// A first pass over the text with the library's iterative SAX parser: it builds nothing, so a
// hostile document cannot exhaust the stack or memory before we have refused it.
class Screen : public nlohmann::json_sax<Json> {
public:
    std::vector<Problem> problems;

    bool null() override { return value(); }
    bool boolean(bool) override { return value(); }
    bool number_integer(number_integer_t) override { return value(); }
    bool number_unsigned(number_unsigned_t) override { return value(); }
    bool number_float(number_float_t, const string_t&) override { return value(); }
    bool string(string_t&) override { return value(); }
    bool binary(binary_t&) override { return value(); }
    bool start_object(std::size_t) override { return open(true); }
    bool end_object() override { return close(); }
    bool start_array(std::size_t) override { return open(false); }
    bool end_array() override { return close(); }
    bool key(string_t& name) override {
        Level& level = stack_.back();
        if (!level.keys.insert(name).second)
            return fail(pathWith(name), "appears twice; each field may appear once");
        level.key = name;
        return true;
    }
    bool parse_error(std::size_t position, const std::string&,
                     const nlohmann::detail::exception& e) override {
        // The library's own words, less its "[json.exception...]" prefix.
        std::string message = e.what();
        if (const auto end = message.find("] "); end != std::string::npos)
            message.erase(0, end + 2);
        if (e.id == 406 || e.id == 407)
            return fail(path(), "holds a number out of range (" + message + ")");
        // A syntax error belongs to the document; say where it was reading.
        const std::string near = path();
        return fail({}, "is not valid JSON at byte " + std::to_string(position) +
                            (near.empty() ? "" : " (in " + near + ")") + ": " + message);
    }

private:
    struct Level {
        bool object = false;
        std::string path; // how this container is reached: "spend.lines[2]"
        std::set<std::string> keys;
        std::string key;        // objects: the key being read
        std::size_t values = 0; // arrays: elements seen so far
    };
    std::vector<Level> stack_;

    // The path of the value being read now.
    std::string path() const {
        if (stack_.empty())
            return {};
        const Level& l = stack_.back();
        if (l.object)
            return l.key.empty() ? l.path : pathWith(l.key);
        return l.path + "[" + std::to_string(l.values) + "]";
    }
    std::string pathWith(const std::string& name) const {
        const std::string& base = stack_.back().path;
        return base.empty() ? name : base + "." + name;
    }
    bool value() {
        if (!stack_.empty() && !stack_.back().object)
            ++stack_.back().values;
        return true;
    }
    bool open(bool object) {
        if (static_cast<int>(stack_.size()) >= kMaxDocumentDepth)
            return fail(path(), "nests deeper than " + std::to_string(kMaxDocumentDepth) +
                                    " levels; a CreditPath document never does");
        std::string where = path();
        value();
        stack_.push_back({object, std::move(where), {}, {}, 0});
        return true;
    }
    bool close() {
        stack_.pop_back();
        return true;
    }
    bool fail(std::string where, std::string message) {
        problems.push_back({std::move(where), std::move(message)});
        return false; // stop at the first: the rest of the text cannot be trusted
    }
};

} // namespace

Json parseJsonDocument(std::string_view text, const char* what) {
    if (text.size() > kMaxDocumentBytes)
        throw InvalidDocument({{"", std::string(what) + " is larger than the " +
                                        std::to_string(kMaxDocumentBytes >> 20) +
                                        " MiB a CreditPath document may have"}});
    Screen screen;
    const bool ok = Json::sax_parse(text.begin(), text.end(), &screen,
                                    nlohmann::detail::input_format_t::json, true, true);
    if (!ok || !screen.problems.empty()) {
        auto problems = screen.problems;
        if (problems.empty())
            problems.push_back({"", std::string(what) + " is not valid JSON"});
        for (auto& p : problems)
            if (p.path.empty())
                p.message = std::string(what) + " " + p.message;
        throw InvalidDocument(std::move(problems));
    }
    try {
        return Json::parse(text.begin(), text.end());
    } catch (const nlohmann::json::exception& e) {
        // Screened above; kept so no library exception can ever escape a reader.
        throw InvalidDocument({{"", std::string(what) + " cannot be read: " + e.what()}});
    }
}

} // namespace creditpath::detail
