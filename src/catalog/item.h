// gongkai/catalog/item.h
//
// An information item (政府信息) of the catalogue with its metadata, as shown
// on its page: 索引号, 文号, 发布机构, 成文日期, 发布日期, 主题分类, 体裁, 有效性,
// 公开属性, 内容概述.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "catalog/disclosure_attribute.h"
#include "core/civil_date.h"

namespace gongkai::catalog {

enum class ItemStatus { kDraft, kPublished, kRevoked };

struct InformationItem {
  int64_t id = 0;
  int64_t agency_id = 0;
  int64_t category_id = 0;
  std::string index_number;  // 索引号
  std::string title;
  std::string doc_number;    // 文号 ("" when none)
  std::string publisher;     // 发布机构
  std::optional<int64_t> department_id;
  CivilDate written_date;                   // 成文日期
  std::optional<CivilDate> published_date;  // 发布日期
  std::string topic;                        // 主题分类
  std::string genre;                        // 体裁分类
  Validity validity = Validity::kValid;     // 有效性
  DisclosureAttribute attribute = DisclosureAttribute::kProactive;  // 公开属性
  std::string withholding_ground;           // code, see withholding_grounds.h
  std::string summary;                      // 内容概述
  std::string body;                         // the original
  std::optional<std::string> public_body;   // 部分公开: the redacted body
  ItemStatus status = ItemStatus::kDraft;
  int version = 1;

  // The body the public may read: public_body for 部分公开, body otherwise.
  const std::string& public_text() const;
  // Published, with a public attribute, and a 发布日期 not after `today`.
  bool is_public(CivilDate today) const;
};

struct Attachment {
  int64_t id = 0;
  int64_t item_id = 0;
  std::string file_name;
  std::string media_type;
  int64_t size_bytes = 0;
  std::string sha256;
};

// An item linked to another: a 政策解读 interprets its policy.
struct ItemLink {
  int64_t item_id = 0;
  std::string title;
  std::string relation;  // "interprets" (this item interprets the other) or "interpreted_by"
};

}  // namespace gongkai::catalog
