// ServicesTest: a migrated store on each engine with one small agency, the
// information officer who keeps the service window, a secrecy reviewer who
// may not, the real working-day calendar (data/holidays) and a seal, and a
// helper that creates and publishes an item with given time limits.
#pragma once

#include <filesystem>
#include <string>

#include "catalog/domain_fixture.h"
#include "core/working_day_calendar.h"
#include "engagement/moment.h"
#include "org/staff.h"
#include "requests/identity_seal.h"
#include "requests/request_services.h"
#include "services/service_item.h"
#include "services/service_item_commands.h"

namespace gongkai::testing {

class ServicesTest : public DomainTest {
 protected:
  void SetUp() override {
    DomainTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    agency_id_ = create_small_agency();
    officer_ = {1, agency_id_, "xinxiyuan", "马晓燕", org::Role::kOfficer, std::nullopt, "127.0.0.1"};
    reviewer_ = {2, agency_id_, "baomi", "杨建国", org::Role::kSecrecyReviewer, std::nullopt, "127.0.0.1"};
  }

  static std::filesystem::path source_dir() { return GONGKAI_SOURCE_DIR; }

  static const WorkingDayCalendar& calendar() {
    static const WorkingDayCalendar loaded = WorkingDayCalendar::load(source_dir() / "data" / "holidays");
    return loaded;
  }

  static const requests::IdentitySeal& seal() {
    static const requests::IdentitySeal sealed(requests::IdentitySeal::Key{});
    return sealed;
  }

  requests::RequestServices services() const { return {calendar(), seal()}; }

  static services::ServiceItemInput item_input(const std::string& code, const std::string& legal,
                                               const std::string& promised) {
    return {code,
            "行政许可",
            "养老机构设立许可",
            "《中华人民共和国老年人权益保障法》第四十三条",
            "有固定场所、资金和管理服务人员",
            "设立许可申请书|1|0|\n场所使用证明|1|1|原件核对后退回",
            "受理|窗口收件\n审查|实地核查\n决定|作出许可决定\n办结|发证",
            legal,
            promised,
            "不收费",
            "",
            "养老服务科",
            "吴忠市政务服务中心二楼民政窗口",
            "0953-2036045"};
  }

  // A published licensing item with these limits (working days).
  int64_t published_item(const std::string& code, int legal, int promised) {
    auto c = db_->lease();
    const int64_t id =
        services::create_service_item(*c, officer_, item_input(code, std::to_string(legal), std::to_string(promised)));
    services::publish_service_item(*c, officer_, *parse_date("2017-01-03"), id);
    return id;
  }

  static engagement::Moment on(const char* day) { return engagement::Moment::china(*parse_date(day), 10); }

  int64_t scalar(const std::string& sql) {
    auto c = db_->lease();
    return c->query_one(sql)->integer(0);
  }

  int64_t agency_id_ = 0;
  org::StaffActor officer_;
  org::StaffActor reviewer_;
};

}  // namespace gongkai::testing
