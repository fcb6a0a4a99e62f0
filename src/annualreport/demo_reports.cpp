// gongkai/annualreport/demo_reports.cpp
#include "annualreport/demo_reports.h"

#include "accounts/user_repository.h"
#include "annualreport/report_publication.h"
#include "core/civil_date.h"
#include "core/errors.h"

namespace gongkai::annualreport {
namespace {

struct DemoReport {
  const char* office_account;  // the agency's 办公室
  int year;
  const char* published_on;
};

constexpr DemoReport kFirstAgency{"bangongshi", 2017, "2018-03-26"};
constexpr DemoReport kSecondAgency{"lt_bangongshi", 2023, "2024-03-29"};

void publish(store::Connection& connection, const std::string& remote_address, int64_t agency_id,
             const DemoReport& report) {
  const auto user = accounts::find_user_by_username(connection, report.office_account);
  if (!user) throw InvalidInput(std::string("演示账号") + report.office_account + "不存在");
  const org::StaffActor office = user->actor(remote_address);
  if (office.agency_id != agency_id) throw InvalidInput(std::string("演示账号") + report.office_account + "不属于该机关");
  const Drafter drafter = records_drafter();
  const int64_t report_id = start_report(connection, office, report.year, drafter);
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
