#pragma once
// Edits in the window go through a JSON library that sorts object keys. The edited text carries
// every field with the object it belongs to (a removed spend line takes its unknown fields with
// it); this puts the keys back in the order the user's file had, so a save changes only what
// was edited.
#include <string>
#include <string_view>

namespace creditpath {

// `edited` with each object's keys in the order of the matching object in `reference` (same key
// path; array elements by position, extra elements like the reference's first); keys the
// reference lacks follow in their own order. Both must be JSON documents the scenario reader
// accepts; throws InvalidDocument otherwise.
std::string orderKeysLike(std::string_view edited, std::string_view reference);

} // namespace creditpath
