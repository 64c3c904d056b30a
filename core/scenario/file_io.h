#pragma once
// Whole-file reads and atomic writes: a save either replaces the file completely or leaves
// the previous one untouched (write to a temporary sibling, flush, then rename over).
#include <filesystem>
#include <stdexcept>
#include <string>

namespace creditpath {

class FileError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

std::string readTextFile(const std::filesystem::path& path);
void writeFileAtomically(const std::filesystem::path& path, const std::string& contents);

} // namespace creditpath
