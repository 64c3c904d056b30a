#pragma once
// RFC 7396 JSON merge patches: the format of a scenario variant (FORMATS.md, Additions).
// nlohmann-json applies them; it has no generator (its diff is RFC 6902), so this writes one.
#include <string>
#include <string_view>

namespace creditpath {

// The merge patch that turns `from` into `to`: changed members as their new value, removed
// members as null, arrays and non-objects replaced wholesale. Applying it to `from` gives
// `to` back, except that a member whose value is null in `to` cannot be expressed (RFC 7396
// reads null as "remove"); scenarios never hold such members. Both are JSON documents; throws
// InvalidDocument when one cannot be read. Compact JSON, keys in the order of `to`.
std::string createMergePatch(std::string_view from, std::string_view to);

// `target` with `patch` applied (RFC 7396), compact JSON; throws InvalidDocument when either
// cannot be read.
std::string applyMergePatch(std::string_view target, std::string_view patch);

} // namespace creditpath
