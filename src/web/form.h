// gongkai/web/form.h
//
// A submitted HTML form: application/x-www-form-urlencoded or
// multipart/form-data (RFC 7578) with uploaded files. Field values are
// valid UTF-8 (else the parse throws InvalidInput); files are bytes.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "web/http.h"

namespace gongkai::web {

struct UploadedFile {
  std::string field;         // the form field's name
  std::string file_name;     // as sent by the browser, path stripped
  std::string content_type;  // as sent; never trusted for the type check
  std::string bytes;
};

class Form {
 public:
  // Parses the request body by its Content-Type. Throws InvalidInput with a
  // Chinese message for a malformed body or an unsupported type.
  static Form parse(const Request& request);

  // The first value of a field, or "" / nullopt.
  std::string value(std::string_view name) const;
  std::optional<std::string> find(std::string_view name) const;
  // Every value of a repeated field (checkboxes), in order.
  std::vector<std::string> values(std::string_view name) const;
  // The uploaded files of a field; empty file inputs are left out.
  std::vector<UploadedFile> files(std::string_view name) const;
  bool empty() const { return fields_.empty() && files_.empty(); }

  void add(std::string name, std::string value) { fields_.emplace_back(std::move(name), std::move(value)); }
  void add_file(UploadedFile file) { files_.push_back(std::move(file)); }

 private:
  std::vector<std::pair<std::string, std::string>> fields_;
  std::vector<UploadedFile> files_;
};

// Parses the Cookie header into name/value pairs; malformed pairs are skipped.
std::vector<std::pair<std::string, std::string>> parse_cookies(std::string_view header);
// The value of a cookie, or nullopt.
std::optional<std::string> cookie(const Request& request, std::string_view name);

}  // namespace gongkai::web
