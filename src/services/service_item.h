// gongkai/services/service_item.h
//
// One item of the power list / service list (权力清单、政务服务事项) as
// stored: what it is, its legal basis (设定依据), acceptance conditions
// (受理条件), the materials to bring (申请材料, with how many originals and
// copies), the steps (办理流程), the legal and promised time limits in working
// days (法定/承诺办结时限; 0 = settled on the spot, 即办件), the fee (收费标准,
// empty = 不收费) and its basis, the handling unit, the window and its office
// phone (public), and whether it is published. ServiceItemInput is the same
// as a form sends it, checked by service_item_commands.h.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace gongkai::services {

struct Material {        // 申请材料
  std::string name;
  int originals = 0;     // 原件份数
  int copies = 0;        // 复印件份数
  std::string note;
};

struct Step {            // 办理流程的一个环节
  std::string name;
  std::string description;
};

enum class ItemState { kDraft, kPublished, kWithdrawn };

std::string_view item_state_key(ItemState state);   // draft, published, withdrawn
std::string_view item_state_name(ItemState state);  // 草稿, 已公开, 已撤回
ItemState item_state_from_key(std::string_view key);

struct ServiceItem {
  int64_t id = 0;
  int64_t agency_id = 0;
  std::string code;        // 事项编码
  std::string kind;        // service_kind.h key
  std::string name;
  std::string basis;
  std::string conditions;
  std::vector<Material> materials;
  std::vector<Step> steps;
  int legal_days = 0;
  int promised_days = 0;
  std::string fee;         // "" = 不收费
  std::string fee_basis;
  std::string unit;
  std::string window_location;
  std::string phone;
  ItemState state = ItemState::kDraft;
  std::string published_on;
  std::string withdrawn_on;

  bool free_of_charge() const { return fee.empty(); }
};

// An item as a form (or a demo file) gives it. Materials are one a line,
// "名称|原件份数|复印件份数|备注" (counts may be blank: 0); steps one a line,
// "环节|说明". Time limits are text to be parsed.
struct ServiceItemInput {
  std::string code;
  std::string kind;        // key or Chinese name
  std::string name;
  std::string basis;
  std::string conditions;
  std::string materials;
  std::string steps;
  std::string legal_days;
  std::string promised_days;
  std::string fee;
  std::string fee_basis;
  std::string unit;
  std::string window_location;
  std::string phone;
};

}  // namespace gongkai::services
