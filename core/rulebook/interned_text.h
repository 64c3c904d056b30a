#pragma once
// Text kept once for the life of the program: the rulebook's timeline steps and pool ids.
// Every evaluation copies views of it instead of strings; a rulebook's texts are few and never
// change, and a text met again (the same edition read twice) is the same view.
#include <string_view>

namespace creditpath {

// Thread-safe; the view stays valid until the program ends.
std::string_view internedText(std::string_view text);

} // namespace creditpath
