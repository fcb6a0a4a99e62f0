// gongkai/catalog/attachment_codec.h (internal to catalog/)
//
// How attachment bytes are kept in the store (base64 TEXT, portable across
// both engines), their SHA-256, and the file types gongkai accepts.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace gongkai::catalog::detail {

std::string encode_base64(std::string_view bytes);
// Throws StoreError when the stored text is not base64.
std::string decode_base64(std::string_view text);
std::string sha256_hex(std::string_view bytes);

// The media type of an accepted file name (by extension, case-insensitive),
// or nullopt for a type gongkai does not accept.
std::optional<std::string> accepted_media_type(std::string_view file_name);

}  // namespace gongkai::catalog::detail
