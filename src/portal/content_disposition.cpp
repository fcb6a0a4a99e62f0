#include "portal/content_disposition.h"

#include "web/http.h"

namespace gongkai::portal {

namespace {

// Printable ASCII except the quote and the backslash; every other byte of a
// multi-byte character becomes one '_' per character.
std::string ascii_fallback(std::string_view name) {
  std::string out;
  for (char c : name) {
    auto byte = static_cast<unsigned char>(c);
    if (byte >= 0x80) {
      if ((byte & 0xC0) != 0x80) out += '_';  // a lead byte starts one character
      continue;
    }
    if (byte < 0x20 || byte == 0x7f || c == '"' || c == '\\') {
      out += '_';
      continue;
    }
    out += c;
  }
  return out.empty() ? std::string("download") : out;
}

}  // namespace

std::string content_disposition(std::string_view file_name) {
  return "attachment; filename=\"" + ascii_fallback(file_name) + "\"; filename*=UTF-8''" +
         web::percent_encode(file_name);
}

}  // namespace gongkai::portal
