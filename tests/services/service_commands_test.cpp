// Service items and window cases on both engines: items are checked before
// anything is written, cases follow 受理 → 审查 → 决定 → 办结 (or 不予受理,
// 补正) and refuse any other order with Conflict, the applicant's ID number
// is never stored in clear, and the look-up needs the right password.
#include <gtest/gtest.h>

#include "core/errors.h"
#include "services/service_queries.h"
#include "services/services_fixture.h"
#include "services/window_commands.h"

namespace gongkai::testing {
namespace {

using namespace services;

constexpr const char* kIdNumber = "640302198506150028";
constexpr const char* kPhone = "13995370123";

class ServiceCommandsTest : public ServicesTest {
 protected:
  int64_t items() { return scalar("SELECT COUNT(*) FROM service_items"); }
  int64_t audits() { return scalar("SELECT COUNT(*) FROM audit_log"); }

  CaseRegistration registration(int64_t item, const char* outcome = "accepted") {
    return {item, {"马玉兰", kIdNumber, kPhone}, "2017-09-28", outcome, "", ""};
  }

  void expect_refused_with_nothing_written(const ServiceItemInput& input, const std::string& message_part) {
    const auto before_items = items();
    const auto before_audits = audits();
    auto c = db_->lease();
    try {
      create_service_item(*c, officer_, input);
      ADD_FAILURE() << "accepted: " << message_part;
    } catch (const InvalidInput& error) {
      EXPECT_NE(std::string(error.what()).find(message_part), std::string::npos) << error.what();
    }
    EXPECT_EQ(items(), before_items);
    EXPECT_EQ(audits(), before_audits);
  }
};

TEST_P(ServiceCommandsTest, BadItemsAreRefusedWithNothingWritten) {
  expect_refused_with_nothing_written(item_input("XK-001", "20", "-1"), "承诺办结时限不能为负数");
  expect_refused_with_nothing_written(item_input("XK-001", "-20", "5"), "法定办结时限不能为负数");
  expect_refused_with_nothing_written(item_input("XK-001", "5", "10"), "承诺办结时限不能长于法定办结时限");
  auto unnamed = item_input("XK-001", "20", "5");
  unnamed.name = "  ";
  expect_refused_with_nothing_written(unnamed, "事项名称不能为空");
  auto unknown = item_input("XK-001", "20", "5");
  unknown.kind = "行政审批服务";
  expect_refused_with_nothing_written(unknown, "未知的权力类别");
  auto mobile = item_input("XK-001", "20", "5");
  mobile.phone = "13995370123";
  expect_refused_with_nothing_written(mobile, "不能填写手机号码");
  auto charged = item_input("XK-001", "20", "5");
  charged.fee = "每证10元";
  expect_refused_with_nothing_written(charged, "收费依据");
}

TEST_P(ServiceCommandsTest, AnItemIsCreatedAsDraftPublishedWithdrawnAndEveryChangeAudited) {
  const auto before = audits();
  auto c = db_->lease();
  const int64_t id = create_service_item(*c, officer_, item_input("XK-001", "20", "5"));
  auto item = staff_item(*c, officer_, id);
  EXPECT_EQ(item.state, ItemState::kDraft);
  ASSERT_EQ(item.materials.size(), 2u);
  EXPECT_EQ(item.materials[1].name, "场所使用证明");
  EXPECT_EQ(item.materials[1].originals, 1);
  EXPECT_EQ(item.materials[1].copies, 1);
  EXPECT_EQ(item.steps.size(), 4u);
  EXPECT_TRUE(item.free_of_charge());
  EXPECT_TRUE(published_items_by_kind(*c, agency_id_, false).empty());
  publish_service_item(*c, officer_, *parse_date("2017-01-03"), id);
  EXPECT_THROW(publish_service_item(*c, officer_, *parse_date("2017-01-04"), id), Conflict);
  auto edited = item_input("XK-001", "20", "3");
  edited.name = "养老机构设立许可（含变更）";
  edit_service_item(*c, officer_, id, edited);
  const auto groups = published_items_by_kind(*c, agency_id_, false);
  ASSERT_EQ(groups.size(), 1u);
  EXPECT_EQ(groups[0].kind_name, "行政许可");
  EXPECT_EQ(groups[0].items[0].promised_days, 3);
  withdraw_service_item(*c, officer_, *parse_date("2017-02-01"), id);
  EXPECT_THROW(services::published_item(*c, agency_id_, id), NotFound);
  EXPECT_EQ(audits(), before + 4);
  EXPECT_THROW(create_service_item(*c, officer_, item_input("XK-001", "20", "5")), Conflict);
  EXPECT_THROW(create_service_item(*c, reviewer_, item_input("XK-002", "20", "5")), Forbidden);
}

TEST_P(ServiceCommandsTest, ACaseRunsFromAcceptanceToConclusionAndTheIdNumberIsSealed) {
  const int64_t item = published_item("XK-001", 20, 5);
  auto c = db_->lease();
  const auto registered = register_window_case(*c, services(), officer_, registration(item), on("2017-09-28"));
  EXPECT_EQ(registered.tracking_code.size(), 12u);
  EXPECT_EQ(registered.query_password.size(), 10u);
  ASSERT_TRUE(registered.due_on);
  EXPECT_EQ(format_date(*registered.due_on), "2017-10-11");
  EXPECT_EQ(scalar("SELECT COUNT(*) FROM service_cases WHERE id_number_sealed LIKE '%640302%'"), 0);
  EXPECT_EQ(scalar("SELECT COUNT(*) FROM service_cases WHERE id_number_masked = '64*************028'"), 1);
  EXPECT_EQ(scalar("SELECT COUNT(*) FROM audit_log WHERE after_json LIKE '%640302198506150028%'"), 0);

  record_window_step(*c, services(), officer_, registered.id, {"reviewed", "2017-09-29", "材料齐全，实地核查合格", "", ""},
                     on("2017-09-29"));
  record_window_step(*c, services(), officer_, registered.id, {"decided", "2017-10-09", "", "准予", ""}, on("2017-10-09"));
  record_window_step(*c, services(), officer_, registered.id, {"concluded", "2017-10-10", "窗口领取许可证", "", ""},
                     on("2017-10-10"));
  const auto detail = window_case_detail(*c, services(), officer_, registered.id, *parse_date("2017-10-20"));
  EXPECT_EQ(detail.entry.clock.phase, WindowPhase::kConcluded);
  EXPECT_EQ(detail.entry.clock.granted, std::optional<bool>(true));
  EXPECT_EQ(detail.events.size(), 4u);
  EXPECT_FALSE(detail.entry.overdue);
}

TEST_P(ServiceCommandsTest, StepsOutOfOrderAreConflictsAndStoreNothing) {
  const int64_t item = published_item("XK-001", 20, 5);
  auto c = db_->lease();
  const int64_t id = register_window_case(*c, services(), officer_, registration(item), on("2017-09-28")).id;
  const auto events = [&] { return scalar("SELECT COUNT(*) FROM service_case_events"); };
  EXPECT_THROW(record_window_step(*c, services(), officer_, id, {"concluded", "2017-09-29", "", "", ""}, on("2017-09-29")),
               Conflict);
  EXPECT_THROW(record_window_step(*c, services(), officer_, id, {"corrected", "2017-09-29", "", "", ""}, on("2017-09-29")),
               Conflict);
  EXPECT_THROW(record_window_step(*c, services(), officer_, id, {"accepted", "2017-09-29", "", "", ""}, on("2017-09-29")),
               Conflict);
  EXPECT_THROW(record_window_step(*c, services(), officer_, id, {"refused", "2017-09-29", "不属于本机关职权", "", ""},
                                  on("2017-09-29")),
               Conflict);
  EXPECT_THROW(record_window_step(*c, services(), officer_, id, {"decided", "2017-09-29", "", "不予", ""}, on("2017-09-29")),
               InvalidInput);  // a 不予 decision needs its reason
  EXPECT_THROW(record_window_step(*c, services(), officer_, id, {"reviewed", "2017-09-27", "意见", "", ""}, on("2017-09-29")),
               InvalidInput);  // before the acceptance
  EXPECT_EQ(events(), 1);

  const int64_t refused = register_window_case(*c, services(), officer_,
                                               {item, {"马玉兰", kIdNumber, kPhone}, "2017-09-28", "不予受理",
                                                "申请事项不属于本机关职权范围", ""},
                                               on("2017-09-28"))
                              .id;
  EXPECT_THROW(record_window_step(*c, services(), officer_, refused, {"accepted", "2017-09-29", "", "", ""},
                                  on("2017-09-29")),
               Conflict);
  EXPECT_THROW(register_window_case(*c, services(), officer_, registration(item, "不予受理"), on("2017-09-28")),
               InvalidInput);  // no reason
  EXPECT_THROW(register_window_case(*c, services(), officer_, registration(item, "一次性告知补正"), on("2017-09-28")),
               InvalidInput);  // no materials listed
  EXPECT_THROW(register_window_case(*c, services(), officer_, registration(item, "concluded"), on("2017-09-28")),
               InvalidInput);
  auto bad_id = registration(item);
  bad_id.applicant.id_number = "640302198506150027";
  EXPECT_THROW(register_window_case(*c, services(), officer_, bad_id, on("2017-09-28")), InvalidInput);
  EXPECT_THROW(register_window_case(*c, services(), officer_, registration(0), on("2017-09-28")), InvalidInput);
  EXPECT_THROW(register_window_case(*c, services(), reviewer_, registration(item), on("2017-09-28")), Forbidden);
  EXPECT_EQ(scalar("SELECT COUNT(*) FROM service_cases"), 2);
}

TEST_P(ServiceCommandsTest, TheDashboardSeesCasesDueWithinTwoWorkingDaysAndOverdueOnes) {
  const int64_t item = published_item("XK-001", 20, 5);
  auto c = db_->lease();
  register_window_case(*c, services(), officer_, registration(item), on("2017-09-28"));  // due 11 Oct
  auto later = registration(item);
  later.received_on = "2017-10-09";  // due 16 Oct
  register_window_case(*c, services(), officer_, later, on("2017-10-09"));
  // On Mon 9 Oct: the first has 2 days left (10, 11 Oct), the second 5.
  auto alerts = window_alerts(*c, services(), officer_, *parse_date("2017-10-09"));
  EXPECT_EQ(alerts.due_soon.size(), 1u);
  EXPECT_TRUE(alerts.overdue.empty());
  // On Thu 12 Oct the first is overdue; the second has 2 days left (13, 16 Oct).
  alerts = window_alerts(*c, services(), officer_, *parse_date("2017-10-12"));
  EXPECT_EQ(alerts.overdue.size(), 1u);
  EXPECT_EQ(alerts.due_soon.size(), 1u);
  EXPECT_TRUE(window_alerts(*c, services(), reviewer_, *parse_date("2017-10-12")).overdue.empty());
}

TEST_P(ServiceCommandsTest, TheLookUpNeedsTheRightPasswordAndShowsTheApplicantMasked) {
  const int64_t item = published_item("XK-001", 20, 5);
  auto c = db_->lease();
  auto with_materials = registration(item, "一次性告知补正");
  with_materials.materials = "场所产权证明\n消防验收意见书";
  const auto second = register_window_case(*c, services(), officer_, with_materials, on("2017-09-28"));
  const engagement::PublicSender sender{"203.0.113.9", on("2017-10-09")};
  EXPECT_THROW(lookup_window_case(*c, services(), sender, second.tracking_code, "wrong", *parse_date("2017-10-09")),
               NotFound);
  EXPECT_THROW(lookup_window_case(*c, services(), sender, second.tracking_code, "", *parse_date("2017-10-09")),
               NotFound);
  const auto view =
      lookup_window_case(*c, services(), sender, second.tracking_code, second.query_password, *parse_date("2017-10-09"));
  EXPECT_EQ(view.applicant_name, "马*兰");
  EXPECT_EQ(view.id_number, "64*************028");
  EXPECT_EQ(view.applicant_phone, "139****0123");
  EXPECT_EQ(view.clock.phase, WindowPhase::kAwaitingMaterials);
  ASSERT_EQ(view.steps.size(), 1u);
  EXPECT_EQ(view.steps[0].detail, "需补正材料：场所产权证明、消防验收意见书");
}

INSTANTIATE_TEST_SUITE_P(Engines, ServiceCommandsTest, store::testing::all_engines(), store::testing::engine_name);

}  // namespace
}  // namespace gongkai::testing
