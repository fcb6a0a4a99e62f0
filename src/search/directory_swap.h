// gongkai/search/directory_swap.h
//
// How a rebuilt index takes the live one's place: the directory `fresh` goes
// where `live` is and the old one ends up at `fresh`, for the caller to
// delete. swap_directories does it in one step where the file system allows
// it (renameat2 RENAME_EXCHANGE), so that a reader opening `live` finds
// either the old index or the new one; elsewhere (EINVAL, ENOSYS, ENOTSUP) it
// falls back to swap_by_renames, whose three renames leave `live` missing
// for a moment (a reader then keeps the index it has open). Both throw
// StoreError, naming `live`, when the file system refuses.
#pragma once

#include <filesystem>

namespace gongkai::search {

void swap_directories(const std::filesystem::path& live, const std::filesystem::path& fresh);

// live → live.old (any earlier live.old removed first), fresh → live,
// live.old → fresh. When fresh cannot take the live index's place, the live
// index is moved back before StoreError is thrown.
void swap_by_renames(const std::filesystem::path& live, const std::filesystem::path& fresh);

}  // namespace gongkai::search
