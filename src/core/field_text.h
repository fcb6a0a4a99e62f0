// gongkai/core/field_text.h
//
// One field of a form or an import row, as the domain checks it: blanks
// (space, tab, CR, LF) trimmed at both ends; lengths counted in characters
// (code points), as the people filling the form count them. Refusals are
// InvalidInput with the field's name: "<what>不能为空", "<what>不能超过N字".
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace gongkai {

std::string trimmed(std::string_view text);

// Throws InvalidInput "<what>不能超过N字" when `text` has more than
// `max_chars` characters.
void check_length(std::string_view text, std::string_view what, size_t max_chars);

// The trimmed field; throws InvalidInput when it is empty or too long.
std::string required_field(std::string_view raw, std::string_view what, size_t max_chars);

}  // namespace gongkai
