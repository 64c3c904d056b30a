#include "interned_text.h"

#include <mutex>
#include <set>
#include <string>

namespace creditpath {

std::string_view internedText(std::string_view text) {
    // Never freed, and a set's nodes do not move: the views stay valid.
    static std::mutex mutex;
    static std::set<std::string, std::less<>> texts;
    const std::lock_guard lock(mutex);
    const auto found = texts.find(text);
    if (found != texts.end())
        return *found;
    return *texts.emplace(text).first;
}

} // namespace creditpath
