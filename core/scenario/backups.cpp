#include "backups.h"

#include <algorithm>
#include <system_error>

namespace creditpath {

namespace fs = std::filesystem;

fs::path backupPath(const fs::path& file, int generation) {
    fs::path p = file;
    p += generation <= 1 ? std::string("~") : ".~" + std::to_string(generation) + "~";
    return p;
}

bool rotateBackups(const fs::path& file, int keep) {
    keep = std::min(keep, kMaxBackupGenerations);
    std::error_code ec;
    if (keep <= 0 || !fs::is_regular_file(file, ec))
        return false;
    fs::remove(backupPath(file, keep), ec);
    for (int g = keep - 1; g >= 1; --g)
        if (fs::is_regular_file(backupPath(file, g), ec))
            fs::rename(backupPath(file, g), backupPath(file, g + 1), ec);
    ec.clear();
    fs::copy_file(file, backupPath(file, 1), fs::copy_options::overwrite_existing, ec);
    return !ec;
}

} // namespace creditpath
