#include "catalog/disclosure_attribute.h"

namespace gongkai::catalog {

std::string_view to_code(DisclosureAttribute attribute) {
  switch (attribute) {
    case DisclosureAttribute::kProactive: return "proactive";
    case DisclosureAttribute::kPartial: return "partial";
    case DisclosureAttribute::kOnRequest: return "on_request";
    case DisclosureAttribute::kWithheld: return "withheld";
  }
  return "withheld";
}

std::string_view to_label(DisclosureAttribute attribute) {
  switch (attribute) {
    case DisclosureAttribute::kProactive: return "主动公开";
    case DisclosureAttribute::kPartial: return "部分公开";
    case DisclosureAttribute::kOnRequest: return "依申请公开";
    case DisclosureAttribute::kWithheld: return "不予公开";
  }
  return "不予公开";
}

std::optional<DisclosureAttribute> parse_disclosure_attribute(std::string_view text) {
  if (text == "proactive" || text == "主动公开" || text == "公文公开") return DisclosureAttribute::kProactive;
  if (text == "partial" || text == "部分公开" || text == "删减后公开") return DisclosureAttribute::kPartial;
  if (text == "on_request" || text == "依申请公开") return DisclosureAttribute::kOnRequest;
  if (text == "withheld" || text == "不予公开" || text == "不公开") return DisclosureAttribute::kWithheld;
  return std::nullopt;
}

bool may_be_published(DisclosureAttribute attribute) {
  return attribute == DisclosureAttribute::kProactive || attribute == DisclosureAttribute::kPartial;
}

bool needs_withholding_ground(DisclosureAttribute attribute) { return !may_be_published(attribute); }

std::string_view to_code(Validity validity) {
  switch (validity) {
    case Validity::kValid: return "valid";
    case Validity::kExpired: return "expired";
    case Validity::kRepealed: return "repealed";
  }
  return "valid";
}

std::string_view to_label(Validity validity) {
  switch (validity) {
    case Validity::kValid: return "有效";
    case Validity::kExpired: return "失效";
    case Validity::kRepealed: return "废止";
  }
  return "有效";
}

std::optional<Validity> parse_validity(std::string_view text) {
  if (text == "valid" || text == "有效") return Validity::kValid;
  if (text == "expired" || text == "失效") return Validity::kExpired;
  if (text == "repealed" || text == "废止") return Validity::kRepealed;
  return std::nullopt;
}

}  // namespace gongkai::catalog
