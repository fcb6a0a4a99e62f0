#include "keyareas/recipient_terms.h"

#include <string>

#include "core/errors.h"

namespace gongkai::keyareas {
namespace {

// spec/regulation.md, 社会救助: "低保: the initial opinion is posted in the
// village or community for 7 days … The approved list is published … with
// only 申请人姓名, 家庭成员数量, 保障金额"; "特困: initial opinion posted 7
// days; the result published in the village; a termination posted 7 days."
constexpr PublicityKind kPublicityKinds[] = {
    {"roster", "保障名单公示", 0, "审核确认结果（保障名单）长期公示，至撤回为止"},
    {"initial_review", "初审意见公示", 7, "初审意见公示7天（最低生活保障审核确认办法、特困人员认定办法）"},
    {"termination", "终止救助公示", 7, "终止救助供养公示7天（特困人员认定办法）"},
};

constexpr ChangeKind kChangeKinds[] = {
    {"new", "新增"},
    {"adjusted", "调整"},
    {"stopped", "停发"},
    {"continued", "续保"},
};

template <typename Term>
const Term* find_term(std::span<const Term> terms, std::string_view key_or_label) {
  for (const auto& t : terms) {
    if (t.key == key_or_label || t.label == key_or_label) return &t;
  }
  return nullptr;
}

template <typename Term>
std::string choices(std::span<const Term> terms) {
  std::string text;
  for (const auto& t : terms) text += (text.empty() ? "" : "、") + std::string(t.label);
  return text;
}

}  // namespace

std::span<const PublicityKind> publicity_kinds() { return kPublicityKinds; }

const PublicityKind& require_publicity_kind(std::string_view key_or_label) {
  if (const auto* kind = find_term(publicity_kinds(), key_or_label)) return *kind;
  throw InvalidInput("公示类型应为" + choices(publicity_kinds()) + "之一：" + std::string(key_or_label));
}

const PublicityKind* find_publicity_kind(std::string_view key) { return find_term(publicity_kinds(), key); }

std::optional<CivilDate> window_end(const PublicityKind& kind, CivilDate published_on) {
  if (kind.window_days <= 0) return std::nullopt;
  return from_days_since_epoch(days_since_epoch(published_on) + kind.window_days - 1);
}

std::span<const ChangeKind> change_kinds() { return kChangeKinds; }

const ChangeKind& require_change_kind(std::string_view key_or_label) {
  if (const auto* kind = find_term(change_kinds(), key_or_label)) return *kind;
  throw InvalidInput("变动情况应为" + choices(change_kinds()) + "之一：" + std::string(key_or_label));
}

std::string_view change_label(std::string_view key) {
  const auto* kind = find_term(change_kinds(), key);
  return kind ? kind->label : std::string_view{};
}

}  // namespace gongkai::keyareas
