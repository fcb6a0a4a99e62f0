#include "search/directory_swap.h"

#include <fcntl.h>
#include <stdio.h>

#include <cerrno>
#include <cstring>

#include "core/errors.h"

namespace gongkai::search {

void swap_directories(const std::filesystem::path& live, const std::filesystem::path& fresh) {
  if (renameat2(AT_FDCWD, live.c_str(), AT_FDCWD, fresh.c_str(), RENAME_EXCHANGE) == 0) return;
  if (errno != EINVAL && errno != ENOSYS && errno != ENOTSUP) {
    throw StoreError("无法替换搜索索引：" + live.string() + "（" + std::strerror(errno) + "）");
  }
  swap_by_renames(live, fresh);
}

void swap_by_renames(const std::filesystem::path& live, const std::filesystem::path& fresh) {
  const std::filesystem::path old = live.string() + ".old";
  auto refused = [&](const std::filesystem::filesystem_error& e) {
    return StoreError("无法替换搜索索引：" + live.string() + "（" + e.code().message() + "）");
  };
  try {
    std::filesystem::remove_all(old);
    std::filesystem::rename(live, old);
  } catch (const std::filesystem::filesystem_error& e) {
    throw refused(e);
  }
  try {
    std::filesystem::rename(fresh, live);
  } catch (const std::filesystem::filesystem_error& e) {
    std::error_code ignored;
    std::filesystem::rename(old, live, ignored);  // the live index goes back where it was
    throw refused(e);
  }
  try {
    std::filesystem::rename(old, fresh);
  } catch (const std::filesystem::filesystem_error& e) {
    throw refused(e);  // the new index is live; the old one waits at live.old
  }
}

}  // namespace gongkai::search
