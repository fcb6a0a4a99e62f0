// gongkai/engagement/personal_text.h
//
// Masking a text the public will read when we know whose it is: first every
// ID number, mobile and bank-card number (core/masking.h), then each known
// piece of the writer's own data wherever it appears in the text — the name
// (张小明 → 张*明), the address (kept to the 乡镇/街道), a phone that is not a
// mobile, the e-mail (→ z***@example.com).
#pragma once

#include <string>
#include <string_view>

namespace gongkai::engagement {

struct KnownPersonalData {
  std::string name;
  std::string phone;
  std::string email;
  std::string address;
};

std::string mask_known_personal_data(std::string_view text, const KnownPersonalData& known);

// "zhang@example.com" → "z***@example.com"; "" stays "".
std::string mask_email(std::string_view email);

// True when `text` still holds an unmasked ID/mobile/bank-card number or any
// known piece of the writer's data.
bool holds_personal_data(std::string_view text, const KnownPersonalData& known);

}  // namespace gongkai::engagement
