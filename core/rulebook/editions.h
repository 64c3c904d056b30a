#pragma once
// The rulebook editions this program ships: the seed edition (the default) and sourced
// override documents laid over it, such as "AWS public pages, 2026" (RULES.md section 6).
#include "rulebook.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace creditpath {

struct ShippedEdition {
    std::string id;   // "seed", "aws-2026": what --rulebook-edition takes
    std::string name; // the edition's own name, as the evaluation reports it
};

// Seed first.
const std::vector<ShippedEdition>& shippedEditions();

// The override document an edition lays over the seed; empty for the seed, nullopt for an id
// this program does not ship.
std::optional<std::string> editionOverlay(std::string_view id);

// The seed with the edition laid over it (named in its overrides by the edition's id);
// nullopt for an unknown id.
std::optional<Rulebook> shippedRulebook(std::string_view id);

} // namespace creditpath
