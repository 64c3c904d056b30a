#pragma once
// Previous versions of a saved file, GnuCash-style: before a save replaces NAME, it is copied to
// NAME~; with more generations kept, older copies move on to NAME.~2~, NAME.~3~ (the numbered
// backups Emacs and GNU cp write), the oldest beyond the count is deleted.
#include <filesystem>

namespace creditpath {

inline constexpr int kMaxBackupGenerations = 20;

// Generation 1 is NAME~, generation n ≥ 2 is NAME.~n~.
std::filesystem::path backupPath(const std::filesystem::path& file, int generation);

// Called just before `file` is replaced. `keep` = 0 keeps none (and leaves old ones alone);
// values above kMaxBackupGenerations count as that. Best effort: a backup that cannot be written
// never stops the save, so errors are swallowed; returns whether NAME~ now holds the old file.
bool rotateBackups(const std::filesystem::path& file, int keep);

} // namespace creditpath
