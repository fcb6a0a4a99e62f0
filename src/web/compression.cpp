#include "web/compression.h"

#include <zlib.h>

#include <cctype>

namespace gongkai::web {

namespace {

std::string_view trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i]))) return false;
  }
  return true;
}

bool ends_with(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

// "q=0", "q=0.0", "q=0.000" → true.
bool is_zero_quality(std::string_view params) {
  while (!params.empty()) {
    size_t semi = params.find(';');
    std::string_view param = trim(params.substr(0, semi));
    params = semi == std::string_view::npos ? std::string_view() : params.substr(semi + 1);
    if (param.size() < 2 || (param[0] != 'q' && param[0] != 'Q') || param[1] != '=') continue;
    std::string_view value = param.substr(2);
    for (char c : value) {
      if (c != '0' && c != '.') return false;
    }
    return true;
  }
  return false;
}

}  // namespace

bool is_compressible(std::string_view content_type) {
  std::string_view type = trim(content_type.substr(0, content_type.find(';')));
  if (type.substr(0, 5) == "text/") return true;
  return type == "application/json" || type == "application/xml" || type == "application/javascript" ||
         type == "image/svg+xml" || ends_with(type, "+xml") || ends_with(type, "+json");
}

bool accepts_gzip(std::string_view accept_encoding) {
  while (!accept_encoding.empty()) {
    size_t comma = accept_encoding.find(',');
    std::string_view item = accept_encoding.substr(0, comma);
    accept_encoding = comma == std::string_view::npos ? std::string_view() : accept_encoding.substr(comma + 1);
    size_t semi = item.find(';');
    std::string_view coding = trim(item.substr(0, semi));
    std::string_view params = semi == std::string_view::npos ? std::string_view() : item.substr(semi + 1);
    if (iequals(coding, "gzip") || iequals(coding, "x-gzip") || coding == "*") return !is_zero_quality(params);
  }
  return false;
}

Gzipper::Gzipper(int level) : level_(level), stream_(std::make_unique<z_stream_s>()) {}

Gzipper::~Gzipper() {
  if (ready_) deflateEnd(stream_.get());
}

bool Gzipper::compress(std::string_view input, std::string& out) {
  z_stream* stream = stream_.get();
  if (!ready_) {
    *stream = z_stream{};
    // 15 + 16: a 32 KiB window with a gzip header and trailer.
    if (deflateInit2(stream, level_, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK) return false;
    ready_ = true;
  } else if (deflateReset(stream) != Z_OK) {
    return false;
  }
  out.resize(deflateBound(stream, static_cast<uLong>(input.size())));
  stream->next_in = reinterpret_cast<Bytef*>(const_cast<char*>(input.data()));
  stream->avail_in = static_cast<uInt>(input.size());
  stream->next_out = reinterpret_cast<Bytef*>(out.data());
  stream->avail_out = static_cast<uInt>(out.size());
  int result = deflate(stream, Z_FINISH);
  if (result != Z_STREAM_END) return false;
  out.resize(stream->total_out);
  return true;
}

}  // namespace gongkai::web
