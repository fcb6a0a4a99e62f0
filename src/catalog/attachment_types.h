// gongkai/catalog/attachment_types.h (internal to catalog/)
//
// The file types gongkai accepts as attachments, by extension.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace gongkai::catalog::detail {

// The media type of an accepted file name (by extension, case-insensitive),
// or nullopt for a type gongkai does not accept.
std::optional<std::string> accepted_media_type(std::string_view file_name);

}  // namespace gongkai::catalog::detail
