#pragma once
// The one way core reads a JSON document (scenario, rulebook, override): total. Every failure
// of the library underneath, and what it would accept silently, becomes a problem with a field
// path: size, nesting depth, duplicate keys, numbers out of range, syntax. Nothing throws
// anything but InvalidDocument, and the library never recurses over a hostile document.
#include "problems.h"

#include <nlohmann/json.hpp>

#include <string_view>

namespace creditpath::detail {

// Far above any real scenario (the reference is 3 KB) and rulebook (30 KB).
inline constexpr std::size_t kMaxDocumentBytes = 4u << 20;
// Scenario files nest four levels deep; rulebooks six.
inline constexpr int kMaxDocumentDepth = 32;

// `what` names the document in messages: "the scenario", "the override".
nlohmann::ordered_json parseJsonDocument(std::string_view text, const char* what);

} // namespace creditpath::detail
