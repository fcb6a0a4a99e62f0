// gongkai/catalog/withholding_grounds.h
//
// The grounds on which information is not proactively published, as data: one
// row per ground of Articles 14–16 of the 政府信息公开条例 (2019), with the
// article it comes from. An item marked 依申请公开 or 不予公开 names one.
#pragma once

#include <optional>
#include <span>
#include <string_view>

namespace gongkai::catalog {

struct WithholdingGround {
  std::string_view code;     // stored form, e.g. "art14_state_secret"
  std::string_view article;  // "第十四条"
  std::string_view label;    // "属于国家秘密"
};

// The table of Articles 14–16, in the order of the regulation.
std::span<const WithholdingGround> articles_14_to_16_withholding_grounds();

std::optional<WithholdingGround> find_withholding_ground(std::string_view code);

}  // namespace gongkai::catalog
