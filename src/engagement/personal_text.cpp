#include "engagement/personal_text.h"

#include "core/masking.h"

namespace gongkai::engagement {
namespace {

void replace_all(std::string& text, std::string_view from, std::string_view to) {
  if (from.empty() || from == to) return;
  for (size_t pos = text.find(from); pos != std::string::npos; pos = text.find(from, pos + to.size())) {
    text.replace(pos, from.size(), to);
  }
}

// A piece of data is only searched for when it is long enough to be
// specific: a one-character "name" would mask every occurrence of that character.
bool specific(std::string_view piece) { return piece.size() >= 6; }  // two CJK characters or six ASCII

}  // namespace

std::string mask_email(std::string_view email) {
  const size_t at = email.find('@');
  if (at == std::string_view::npos || at == 0) return email.empty() ? "" : "***";
  return std::string(email.substr(0, 1)) + "***" + std::string(email.substr(at));
}

std::string mask_known_personal_data(std::string_view text, const KnownPersonalData& known) {
  std::string out = mask_personal_data(text);
  if (specific(known.address)) replace_all(out, known.address, mask_address(known.address));
  if (specific(known.email)) replace_all(out, known.email, mask_email(known.email));
  if (specific(known.phone)) replace_all(out, known.phone, mask_phone(known.phone));
  if (specific(known.name)) replace_all(out, known.name, mask_name(known.name));
  return out;
}

bool holds_personal_data(std::string_view text, const KnownPersonalData& known) {
  if (!find_personal_data(text).empty()) return true;
  for (const std::string* piece : {&known.name, &known.phone, &known.email}) {
    if (specific(*piece) && text.find(*piece) != std::string_view::npos) return true;
  }
  // An address with nothing below the 乡镇 level is public as it is.
  const bool address_revealing = specific(known.address) && mask_address(known.address) != known.address;
  return address_revealing && text.find(known.address) != std::string_view::npos;
}

}  // namespace gongkai::engagement
