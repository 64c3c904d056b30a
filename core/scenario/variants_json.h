#pragma once
// The `variants` member of a scenario file: read with field paths, written back over the
// file's own objects so unknown members of a variant survive. Internal to core.
#include "json_reader.h"
#include "scenario.h"

namespace creditpath::detail {

// Each variant is a whole scenario to check and evaluate: far more than a founder compares, few
// enough that a file at the size limit stays quick to read.
inline constexpr std::size_t kMaxVariants = 100;

// Reads doc["variants"] into `out`: a list of objects, each with a unique non-empty `name`
// and an object `patch` that holds no `variants` of its own. Problems go to the reader.
void readVariants(JsonReader& reader, const Json& doc, std::vector<Variant>& out);

// Lays `variants` over doc["variants"]; an empty list removes the member (an empty list the
// file stated stays, so such a file round-trips too).
void writeVariants(Json& doc, const std::vector<Variant>& variants);

} // namespace creditpath::detail
