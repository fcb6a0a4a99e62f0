#include "catalog/attachment_types.h"

#include <algorithm>
#include <array>
#include <utility>

namespace gongkai::catalog::detail {

std::optional<std::string> accepted_media_type(std::string_view file_name) {
  static const std::array<std::pair<std::string_view, std::string_view>, 14> kTypes = {{
      {"pdf", "application/pdf"},
      {"doc", "application/msword"},
      {"docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"},
      {"xls", "application/vnd.ms-excel"},
      {"xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"},
      {"wps", "application/vnd.ms-works"},
      {"et", "application/vnd.ms-excel"},
      {"ofd", "application/ofd"},
      {"jpg", "image/jpeg"},
      {"jpeg", "image/jpeg"},
      {"png", "image/png"},
      {"zip", "application/zip"},
      {"txt", "text/plain; charset=utf-8"},
      {"csv", "text/csv; charset=utf-8"},
  }};
  const auto dot = file_name.rfind('.');
  if (dot == std::string_view::npos) return std::nullopt;
  std::string extension(file_name.substr(dot + 1));
  std::transform(extension.begin(), extension.end(), extension.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  for (const auto& [ext, type] : kTypes) {
    if (ext == extension) return std::string(type);
  }
  return std::nullopt;
}

}  // namespace gongkai::catalog::detail
