#include "portal/section_pages.h"

#include <string>

namespace gongkai::portal {

const std::vector<SectionPage>& section_pages() {
  static const std::vector<SectionPage> pages{
      {"shjz", "/xxgk/zdly/shjz/", "社会救助数据和公示名单"},
      {"shzz", "/xxgk/zdly/shzz/", "社会组织登记信息查询"},
      {"sgs", "/xxgk/sgs/", "行政许可和行政处罚信息（双公示）"},
      {"qlqd", "/xxgk/qlqd/", "权力清单"},
      {"zwfw", "/bszn/", "办事指南和办件查询"},
      {"jyta", "/xxgk/jyta/", "建议提案办理结果"},
      {"ndbg", "/xxgk/nb/", "政府信息公开工作年度报告"},
      {"ysqgk", "/xxgk/ysq/", "依申请公开：提交申请和查询进度"},
  };
  return pages;
}

std::optional<SectionPage> section_page_of(std::string_view category_code) {
  for (const SectionPage& page : section_pages()) {
    if (page.category_code == category_code) return page;
  }
  return std::nullopt;
}

nlohmann::json section_page_link(const SectionPage& page) {
  return {{"url", std::string(page.path)}, {"label", std::string(page.label)}};
}

}  // namespace gongkai::portal
