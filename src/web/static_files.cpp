#include "web/static_files.h"

#include <fstream>
#include <mutex>
#include <sstream>

#include "core/errors.h"
#include "web/compression.h"
#include "web/etag.h"

namespace gongkai::web {

namespace {

constexpr uintmax_t kMaxCachedSize = 4 * 1024 * 1024;
constexpr size_t kMinGzipSize = 1024;
constexpr auto kTrustFor = std::chrono::seconds(1);

bool is_safe(std::string_view relative) {
  if (relative.empty() || relative.front() == '/') return false;
  if (relative.find('\\') != std::string_view::npos || relative.find('\0') != std::string_view::npos) return false;
  while (true) {
    size_t slash = relative.find('/');
    std::string_view segment = relative.substr(0, slash);
    if (segment.empty() || segment == "." || segment == "..") return false;
    if (slash == std::string_view::npos) return true;
    relative.remove_prefix(slash + 1);
  }
}

bool is_within(const std::filesystem::path& root, const std::filesystem::path& path) {
  const std::string& r = root.native();
  const std::string& p = path.native();
  return p.size() > r.size() && p.compare(0, r.size(), r) == 0 && p[r.size()] == '/';
}

std::shared_ptr<const StaticFile> read_static_file(const std::filesystem::path& path, std::string_view relative) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw NotFound("文件不存在");
  std::ostringstream content;
  content << in.rdbuf();
  auto file = std::make_shared<StaticFile>();
  file->content_type = std::string(content_type_for(relative));
  file->body = std::move(content).str();
  file->hash = body_hash(file->body);
  if (file->body.size() > kMinGzipSize && is_compressible(file->content_type)) {
    Gzipper gzipper(9);
    std::string gzipped;
    if (gzipper.compress(file->body, gzipped) && gzipped.size() < file->body.size()) file->gzipped = std::move(gzipped);
  }
  return file;
}

}  // namespace

StaticFiles::StaticFiles(std::filesystem::path root) {
  std::error_code error;
  if (root.empty()) return;
  auto canonical = std::filesystem::canonical(root, error);
  if (!error && std::filesystem::is_directory(canonical, error)) root_ = canonical;
}

std::shared_ptr<const StaticFile> StaticFiles::lookup(std::string_view relative) const {
  if (!is_safe(relative)) throw InvalidInput("请求的路径无效");
  if (root_.empty()) throw NotFound("文件不存在");
  auto now = std::chrono::steady_clock::now();
  {
    std::shared_lock lock(mutex_);
    auto found = cache_.find(relative);
    if (found != cache_.end() && now - found->second.checked < kTrustFor) return found->second.file;
  }

  std::error_code error;
  auto path = std::filesystem::canonical(root_ / std::filesystem::path(relative), error);
  if (error || !is_within(root_, path)) throw NotFound("文件不存在");
  auto status = std::filesystem::status(path, error);
  if (error || !std::filesystem::is_regular_file(status)) throw NotFound("文件不存在");
  auto size = std::filesystem::file_size(path, error);
  if (error) throw NotFound("文件不存在");
  auto mtime = std::filesystem::last_write_time(path, error);
  if (error) throw NotFound("文件不存在");

  {
    std::unique_lock lock(mutex_);
    auto found = cache_.find(relative);
    if (found != cache_.end()) {
      Entry& entry = found->second;
      if (entry.resolved == path && entry.mtime == mtime && entry.size == size) {
        entry.checked = now;
        return entry.file;
      }
      cache_.erase(found);
    }
  }
  auto file = read_static_file(path, relative);
  if (size <= kMaxCachedSize) {
    std::unique_lock lock(mutex_);
    cache_.insert_or_assign(std::string(relative), Entry{path, mtime, size, now, file});
  }
  return file;
}

std::string_view content_type_for(std::string_view file_name) {
  size_t dot = file_name.rfind('.');
  size_t slash = file_name.rfind('/');
  if (dot == std::string_view::npos || (slash != std::string_view::npos && dot < slash)) {
    return "application/octet-stream";
  }
  std::string extension;
  for (char c : file_name.substr(dot + 1)) extension += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  static const std::map<std::string, std::string_view, std::less<>> kTypes = {
      {"css", "text/css; charset=utf-8"},
      {"csv", "text/csv; charset=utf-8"},
      {"gif", "image/gif"},
      {"htm", "text/html; charset=utf-8"},
      {"html", "text/html; charset=utf-8"},
      {"ico", "image/x-icon"},
      {"jpeg", "image/jpeg"},
      {"jpg", "image/jpeg"},
      {"js", "text/javascript; charset=utf-8"},
      {"json", "application/json; charset=utf-8"},
      {"map", "application/json; charset=utf-8"},
      {"mjs", "text/javascript; charset=utf-8"},
      {"otf", "font/otf"},
      {"pdf", "application/pdf"},
      {"png", "image/png"},
      {"svg", "image/svg+xml"},
      {"ttf", "font/ttf"},
      {"txt", "text/plain; charset=utf-8"},
      {"webp", "image/webp"},
      {"woff", "font/woff"},
      {"woff2", "font/woff2"},
      {"xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"},
      {"xml", "application/xml; charset=utf-8"},
      {"zip", "application/zip"},
  };
  auto found = kTypes.find(extension);
  return found == kTypes.end() ? std::string_view("application/octet-stream") : found->second;
}

}  // namespace gongkai::web
