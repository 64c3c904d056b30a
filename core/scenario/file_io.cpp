#include "file_io.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <random>
#include <sstream>
#include <unistd.h>

namespace creditpath {

std::string readTextFile(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw FileError("cannot open " + path.string() + ": " + std::strerror(errno));
    std::ostringstream out;
    out << in.rdbuf();
    if (in.bad())
        throw FileError("cannot read " + path.string());
    return out.str();
}

void writeFileAtomically(const std::filesystem::path& path, const std::string& contents) {
    const auto dir = path.has_parent_path() ? path.parent_path() : std::filesystem::path(".");
    std::random_device rd;
    const auto temp = dir / ("." + path.filename().string() + ".tmp" + std::to_string(rd()));
    std::FILE* f = std::fopen(temp.c_str(), "wb");
    if (!f)
        throw FileError("cannot write " + path.string() + ": " + std::strerror(errno));
    const bool written = std::fwrite(contents.data(), 1, contents.size(), f) == contents.size() &&
                         std::fflush(f) == 0 && ::fsync(fileno(f)) == 0;
    const int writeErrno = errno;
    if (std::fclose(f) != 0 || !written) {
        std::remove(temp.c_str());
        throw FileError("cannot write " + path.string() + ": " + std::strerror(writeErrno));
    }
    std::error_code ec;
    std::filesystem::rename(temp, path, ec);
    if (ec) {
        std::remove(temp.c_str());
        throw FileError("cannot replace " + path.string() + ": " + ec.message());
    }
}

} // namespace creditpath
