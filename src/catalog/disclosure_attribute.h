// gongkai/catalog/disclosure_attribute.h
//
// The disclosure attribute (公开属性) every item carries, and the one rule the
// whole product obeys: only 主动公开 and 部分公开 items are ever public, and a
// 部分公开 item shows its redacted public body, never the original.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace gongkai::catalog {

enum class DisclosureAttribute {
  kProactive,  // 主动公开
  kPartial,    // 部分公开 (删减后公开): the redacted public body is published
  kOnRequest,  // 依申请公开: given to applicants only
  kWithheld,   // 不予公开 (不公开): never published, needs a legal ground
};

// "proactive" | "partial" | "on_request" | "withheld" (stored form).
std::string_view to_code(DisclosureAttribute attribute);
// "主动公开" | "部分公开" | "依申请公开" | "不予公开".
std::string_view to_label(DisclosureAttribute attribute);
// Accepts the stored code or the Chinese label (also 删减后公开, 不公开, 公文公开).
std::optional<DisclosureAttribute> parse_disclosure_attribute(std::string_view text);

// True for 主动公开 and 部分公开.
bool may_be_published(DisclosureAttribute attribute);
// True for 依申请公开 and 不予公开, which must state a withholding ground.
bool needs_withholding_ground(DisclosureAttribute attribute);

enum class Validity { kValid, kExpired, kRepealed };  // 有效 / 失效 / 废止

std::string_view to_code(Validity validity);   // "valid" | "expired" | "repealed"
std::string_view to_label(Validity validity);  // "有效" | "失效" | "废止"
std::optional<Validity> parse_validity(std::string_view text);

}  // namespace gongkai::catalog
