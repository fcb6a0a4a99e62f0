// gongkai/annualreport/demo_reports.cpp
#include "annualreport/demo_reports.h"

#include "accounts/user_repository.h"
#include "annualreport/report_publication.h"
#include "annualreport/report_queries.h"
#include "annualreport/report_review.h"
#include "core/civil_date.h"
#include "core/errors.h"

namespace gongkai::annualreport {
namespace {

struct DemoReport {
  const char* office_account;  // the agency's 办公室
  int year;
  const char* published_on;
  const char* office_text;  // what the office writes where the draft left 【待办公室填写：…】, one paragraph a line
};

// 2017: the source document's own 六、存在的主要问题及改进措施.
constexpr DemoReport kFirstAgency{
    "bangongshi", 2017, "2018-03-26",
    "2017年，尽管我局政府信息公开工作采取了一系列措施，取得了一定成效，但与当前我市经济社会发展步伐和人民群众期盼，"
    "还有一定差距。主要表现在：部分干部职工主动公开政府信息的意识不强；年龄较大的干部职工对微博、微信等新媒体公开平台"
    "的运用不熟练；干部职工对主动公开和依申请公开事项的界定不清楚。下一步我局将从以下几个方面加强信息公开工作：\n"
    "（一）进一步完善政府信息公开工作制度。再次梳理完善我局政府信息公开事项，查漏补缺，编制更加科学规范的公开目录。"
    "同时，加强与其他相关部门信息公开工作的互通共享，畅通公开渠道，完善工作机制，提高政府信息公开工作效率。\n"
    "（二）进一步创新政府信息公开方式。使政府信息公开工作朝着制度化、高效化的方向发展，充分利用政府门户网站、"
    "吴忠民政微信公众号等公开渠道，建立与各县（市、区）民政局在政府信息方面的联动机制，提升信息化水平，"
    "实现信息公开数据共享和工作流程互联对接。\n"
    "（三）加强政府信息公开工作保障。进一步明确工作人员、工作职能，落实工作责任，培训信息公开人员业务技能，"
    "适时开展针对业务科室（单位）的相关专业培训，确保政府信息公开工作扎实有效推进。"};
// 2023: written for the demo (the second agency is constructed, docs/demo-ltq-2023.md).
constexpr DemoReport kSecondAgency{
    "lt_bangongshi", 2023, "2024-03-29",
    "2023年，我区政府信息公开工作仍存在一些不足：依申请公开答复的规范性有待进一步提高，部分部门主动公开的及时性不够。\n"
    "针对上年度存在的问题，我区组织开展了政府信息公开业务培训，修订了依申请公开办理流程。下一步，"
    "我区将加强对各部门的业务指导和监督检查，进一步提升政府信息公开工作质量。"};

}  // namespace

void fill_office_placeholders(store::Connection& connection, const org::StaffActor& office, int64_t report_id,
                              const std::string& text) {
  for (bool again = true; again;) {
    again = false;
    const auto latest = report_history(connection, office.agency_id, report_id).latest();
    for (size_t i = 0; i < latest.sections.size() && !again; ++i) {
      for (const auto& paragraph : latest.sections[i].paragraphs) {
        if (paragraph.find(kOfficePlaceholderMark) == std::string::npos) continue;
        edit_section(connection, office, {report_id, latest.number, i, text});
        again = true;
        break;
      }
    }
  }
}

namespace {

void publish(store::Connection& connection, const std::string& remote_address, int64_t agency_id,
             const DemoReport& report) {
  const auto user = accounts::find_user_by_username(connection, report.office_account);
  if (!user) throw InvalidInput(std::string("演示账号") + report.office_account + "不存在");
  const org::StaffActor office = user->actor(remote_address);
  if (office.agency_id != agency_id) throw InvalidInput(std::string("演示账号") + report.office_account + "不属于该机关");
  const Drafter drafter = records_drafter();
  const int64_t report_id = start_report(connection, office, report.year, drafter);
  fill_office_placeholders(connection, office, report_id, report.office_text);
  publish_report(connection, office, *parse_date(report.published_on), report_id, drafter);
}

}  // namespace

int publish_demo_reports(store::Connection& connection, const std::string& remote_address, int64_t first_agency_id,
                         int64_t second_agency_id) {
  int published = 0;
  publish(connection, remote_address, first_agency_id, kFirstAgency);
  ++published;
  if (second_agency_id != 0) {
    publish(connection, remote_address, second_agency_id, kSecondAgency);
    ++published;
  }
  return published;
}

}  // namespace gongkai::annualreport
