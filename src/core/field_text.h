// gongkai/core/field_text.h
//
// One field of a form or an import row, as the domain checks it: blanks
// (space, tab, CR, LF) trimmed at both ends, and a required field refused
// with "<what>不能为空" when empty or "<what>过长" beyond `max_bytes` bytes.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace gongkai {

std::string trimmed(std::string_view text);

// Throws InvalidInput as above.
std::string required_field(std::string_view raw, const std::string& what, size_t max_bytes);

}  // namespace gongkai
