// gongkai/core/digest.h
//
// Bytes as the store and the audit keep them: SHA-256 in lowercase hex (an
// attachment's checksum, a session token's or a look-up password's digest),
// and base64 (RFC 4648, with padding) for bytes kept in a TEXT column, which
// both engines store alike. Both through libsodium.
#pragma once

#include <string>
#include <string_view>

namespace gongkai {

std::string sha256_hex(std::string_view bytes);

std::string encode_base64(std::string_view bytes);
// Throws StoreError when `text` is not base64: only stored text is decoded.
std::string decode_base64(std::string_view text);

}  // namespace gongkai
