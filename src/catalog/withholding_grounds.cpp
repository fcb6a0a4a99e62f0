#include "catalog/withholding_grounds.h"

#include <array>

namespace gongkai::catalog {
namespace {

// 中华人民共和国政府信息公开条例 (2019), Articles 14–16.
constexpr std::array<WithholdingGround, 7> kArticles14To16 = {{
    {"art14_state_secret", "第十四条", "属于国家秘密"},
    {"art14_law_forbids", "第十四条", "法律、行政法规禁止公开"},
    {"art14_three_safety", "第十四条", "公开后可能危及国家安全、公共安全、经济安全、社会稳定"},
    {"art15_third_party", "第十五条", "涉及商业秘密、个人隐私等公开会对第三方合法权益造成损害"},
    {"art16_internal_affairs", "第十六条第一款", "属于人事管理、后勤管理、内部工作流程等内部事务信息"},
    {"art16_process_info", "第十六条第二款", "属于讨论记录、过程稿、磋商信函、请示报告等过程性信息"},
    {"art16_enforcement_file", "第十六条第二款", "属于行政执法案卷信息"},
}};

}  // namespace

std::span<const WithholdingGround> articles_14_to_16_withholding_grounds() { return kArticles14To16; }

std::optional<WithholdingGround> find_withholding_ground(std::string_view code) {
  for (const auto& ground : kArticles14To16) {
    if (ground.code == code) return ground;
  }
  return std::nullopt;
}

}  // namespace gongkai::catalog
