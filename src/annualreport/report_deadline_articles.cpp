// gongkai/annualreport/report_deadline_articles.cpp
//
// The legal dates of the annual report, one row per article (see
// ../shared/spec/regulation.md, "Annual report"). The 2019 revision came into
// force on 2019-05-15: the report for 2018, due 31 March 2019, still fell
// under the 2007 regulation; the report for 2019 is the first under Art. 49.
#include "annualreport/report_deadline.h"

#include <array>

namespace gongkai::annualreport {
namespace {

constexpr int kOpenEnded = 9999;

constexpr const char* kArticle2007 = "《中华人民共和国政府信息公开条例》（2007年）第三十一条";
constexpr const char* kRule2007 = "各级行政机关应当在每年3月31日前公布本行政机关的政府信息公开工作年度报告";
constexpr const char* kArticle2019 = "《中华人民共和国政府信息公开条例》（2019年修订）第四十九条";

constexpr std::array<DeadlineArticle, 4> kDeadlineArticles{{
    {kArticle2007, kRule2007, 2008, 2018, false, 3, 31},
    {kArticle2007, kRule2007, 2008, 2018, true, 3, 31},
    {kArticle2019,
     "县级以上人民政府部门应当在每年1月31日前向本级政府信息公开工作主管部门提交本部门上一年度政府信息公开工作年度报告并向社会公布",
     2019, kOpenEnded, false, 1, 31},
    {kArticle2019,
     "县级以上地方人民政府的政府信息公开工作主管部门应当在每年3月31日前向社会公布本级政府上一年度政府信息公开工作年度报告",
     2019, kOpenEnded, true, 3, 31},
}};

}  // namespace

std::span<const DeadlineArticle> report_deadline_articles() { return kDeadlineArticles; }

}  // namespace gongkai::annualreport
