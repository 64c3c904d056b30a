#include "file_io.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <random>
#include <sstream>
#include <unistd.h>

namespace creditpath {

namespace {

std::string sizeLimit() {
    return std::to_string(kMaxReadBytes >> 20) + " MiB";
}

std::string tempPrefix(const std::filesystem::path& path) {
    return "." + path.filename().string() + ".tmp";
}

// Temporaries of earlier writes of `path` that died before their rename (kill -9, power).
void removeStaleTemporaries(const std::filesystem::path& dir, const std::filesystem::path& path,
                            const std::filesystem::path& ours) {
    std::error_code ec;
    const std::string prefix = tempPrefix(path);
    for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
        const std::string name = entry.path().filename().string();
        if (name.rfind(prefix, 0) == 0 && entry.path() != ours && entry.is_regular_file(ec))
            std::filesystem::remove(entry.path(), ec);
    }
}

} // namespace

std::string readTextFile(const std::filesystem::path& path) {
    std::error_code ec;
    const auto status = std::filesystem::status(path, ec);
    if (ec)
        throw FileError("cannot open " + path.string() + ": " + ec.message());
    if (!std::filesystem::is_regular_file(status))
        throw FileError("cannot read " + path.string() + ": not a regular file");
    const auto size = std::filesystem::file_size(path, ec);
    if (!ec && size > kMaxReadBytes)
        throw FileError("cannot read " + path.string() + ": larger than the " + sizeLimit() +
                        " CreditPath reads");
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw FileError("cannot open " + path.string() + ": " + std::strerror(errno));
    // Read at most one byte past the limit: a file that grows while we read is refused too.
    const std::uintmax_t expected = ec ? kMaxReadBytes : std::min(size, kMaxReadBytes);
    std::string text(static_cast<std::size_t>(expected) + 1, '\0');
    in.read(text.data(), static_cast<std::streamsize>(text.size()));
    if (in.bad())
        throw FileError("cannot read " + path.string());
    text.resize(static_cast<std::size_t>(in.gcount()));
    if (text.size() > expected && in.peek() != std::char_traits<char>::eof())
        throw FileError("cannot read " + path.string() + ": it changed while being read");
    if (text.size() > kMaxReadBytes)
        throw FileError("cannot read " + path.string() + ": larger than the " + sizeLimit() +
                        " CreditPath reads");
    return text;
}

void writeFileAtomically(const std::filesystem::path& path, const std::string& contents) {
    const auto dir = path.has_parent_path() ? path.parent_path() : std::filesystem::path(".");
    std::random_device rd;
    const auto temp = dir / (tempPrefix(path) + std::to_string(rd()));
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
    removeStaleTemporaries(dir, path, temp);
}

} // namespace creditpath
