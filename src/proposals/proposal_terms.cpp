#include "proposals/proposal_terms.h"

#include <string>

#include "core/errors.h"

namespace gongkai::proposals {
namespace {

constexpr Term kBodies[] = {{"npc", "人大代表建议"}, {"cppcc", "政协委员提案"}};
constexpr Term kLevels[] = {{"region", "自治区"}, {"city", "市"}};
constexpr Term kHandlingRoles[] = {{"lead", "主办"}, {"co", "会办"}, {"separate", "分办"}};
// 答复分类 (regulation.md, 建议提案).
constexpr Term kReplyGrades[] = {{"A", "A类：已经解决或基本解决"},
                                 {"B", "B类：正在解决或列入规划逐步解决"},
                                 {"C", "C类：因条件限制需待以后解决"},
                                 {"D", "D类：留作参考"}};
constexpr Term kSatisfactions[] = {{"satisfied", "满意"}, {"basically", "基本满意"}, {"unsatisfied", "不满意"}};

const Term& require_term(std::span<const Term> terms, std::string_view given, std::string_view what) {
  for (const auto& t : terms) {
    if (t.key == given || t.label == given) return t;
  }
  std::string choices;
  for (const auto& t : terms) {
    if (!choices.empty()) choices += "、";
    choices += std::string(t.label);
  }
  throw InvalidInput("未知的" + std::string(what) + "：" + std::string(given) + "（可选：" + choices + "）");
}

}  // namespace

std::span<const Term> bodies() { return kBodies; }
std::span<const Term> levels() { return kLevels; }
std::span<const Term> handling_roles() { return kHandlingRoles; }
std::span<const Term> reply_grades() { return kReplyGrades; }
std::span<const Term> satisfactions() { return kSatisfactions; }

const Term& require_body(std::string_view g) { return require_term(kBodies, g, "建议提案类别"); }
const Term& require_level(std::string_view g) { return require_term(kLevels, g, "层级"); }
const Term& require_handling_role(std::string_view g) { return require_term(kHandlingRoles, g, "办理方式"); }
const Term& require_reply_grade(std::string_view g) { return require_term(kReplyGrades, g, "答复类别"); }
const Term& require_satisfaction(std::string_view g) { return require_term(kSatisfactions, g, "满意度"); }

std::string_view label_of(std::span<const Term> terms, std::string_view key) {
  for (const auto& t : terms) {
    if (t.key == key) return t.label;
  }
  return "";
}

}  // namespace gongkai::proposals
