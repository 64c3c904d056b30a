#pragma once
// Whole-file reads and atomic writes: a save either replaces the file completely or leaves
// the previous one untouched (write to a temporary sibling, flush, then rename over).
#include <cstdint>
#include <filesystem>
#include <stdexcept>
#include <string>

namespace creditpath {

class FileError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// The largest file CreditPath reads: far above any scenario or rulebook (a few KB), and small
// enough that /dev/zero or a runaway file is refused instead of filling memory.
inline constexpr std::uintmax_t kMaxReadBytes = 4u << 20;

// Reads a regular file of at most kMaxReadBytes; FIFOs, devices and directories are refused
// before they are opened (a FIFO would block), and so is a larger file.
std::string readTextFile(const std::filesystem::path& path);
// Writes through a temporary sibling, then renames it over `path`. Temporaries that an earlier,
// killed write of the same file left behind are removed once this write has succeeded.
void writeFileAtomically(const std::filesystem::path& path, const std::string& contents);

} // namespace creditpath
