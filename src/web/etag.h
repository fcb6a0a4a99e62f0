// gongkai/web/etag.h
//
// Entity tags: a fast non-cryptographic 64-bit hash of a body (four-lane
// multiply-rotate, in the manner of xxHash64; not for adversarial use), the
// strong ETag built from it, and If-None-Match evaluation. The gzip
// representation of a body gets its own tag ("…-gz") as RFC 9110 requires
// of strong validators; If-None-Match accepts either form.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace gongkai::web {

uint64_t body_hash(std::string_view body);

// "\"0123456789abcdef\"" or, for the gzip representation, "\"0123456789abcdef-gz\"".
std::string make_etag(uint64_t hash, bool gzip);

// True when an If-None-Match header value ("*", or a list of tags, weak or
// strong) names the representation with this hash (weak comparison).
bool if_none_match_matches(std::string_view header, uint64_t hash);

// The same for a tag a handler set itself.
bool if_none_match_matches(std::string_view header, std::string_view etag);

}  // namespace gongkai::web
