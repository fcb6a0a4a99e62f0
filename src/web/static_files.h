// gongkai/web/static_files.h
//
// The files under /static/: safe resolution below a root directory and an
// in-memory cache of small files with their content type, hash and gzip form.
// A request path is refused (InvalidInput) when it holds "..", ".", empty
// segments, a backslash or a NUL; a file that does not exist, is not a
// regular file, or resolves (through symlinks) outside the root is NotFound.
// A cached entry is trusted for one second, then its path is resolved again
// and checked against the file's size and mtime, so edits show up without a
// restart while a busy file costs no system call per request. Thread-safe.
#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <shared_mutex>
#include <string>
#include <string_view>

namespace gongkai::web {

struct StaticFile {
  std::string content_type;
  std::string body;
  std::string gzipped;  // empty unless compressible and worth it
  uint64_t hash = 0;    // body_hash(body)
};

class StaticFiles {
 public:
  explicit StaticFiles(std::filesystem::path root);

  // `relative` is the decoded path after "/static/", e.g. "css/site.css".
  std::shared_ptr<const StaticFile> lookup(std::string_view relative) const;

  static constexpr const char* kCacheControl = "public, max-age=3600";

 private:
  struct Entry {
    std::filesystem::path resolved;  // canonical, inside the root
    std::filesystem::file_time_type mtime;
    uintmax_t size = 0;
    std::chrono::steady_clock::time_point checked;
    std::shared_ptr<const StaticFile> file;
  };

  std::filesystem::path root_;  // canonical; empty when the root does not exist
  mutable std::shared_mutex mutex_;
  mutable std::map<std::string, Entry, std::less<>> cache_;
};

// The Content-Type for a file name by its extension ("application/octet-stream" if unknown).
std::string_view content_type_for(std::string_view file_name);

}  // namespace gongkai::web
