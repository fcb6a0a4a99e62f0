// gongkai/web/compression.h
//
// gzip for responses: which content types are worth compressing, whether a
// client accepts gzip, and a reusable compressor (one per connection, so the
// ~256 KiB deflate state is allocated once, not per response).
#pragma once

#include <memory>
#include <string>
#include <string_view>

struct z_stream_s;

namespace gongkai::web {

// text/*, application/json, application/xml, application/javascript,
// image/svg+xml and any "+xml" or "+json" type; parameters are ignored.
bool is_compressible(std::string_view content_type);

// True when an Accept-Encoding value lists gzip (or *) without q=0.
bool accepts_gzip(std::string_view accept_encoding);

class Gzipper {
 public:
  explicit Gzipper(int level = 4);
  ~Gzipper();
  Gzipper(const Gzipper&) = delete;
  Gzipper& operator=(const Gzipper&) = delete;

  // Writes the gzip member for `input` to `out`; false if zlib fails.
  bool compress(std::string_view input, std::string& out);

 private:
  int level_;
  std::unique_ptr<z_stream_s> stream_;
  bool ready_ = false;
};

}  // namespace gongkai::web
