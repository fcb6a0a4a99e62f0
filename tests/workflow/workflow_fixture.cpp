#include "workflow/workflow_fixture.h"

namespace gongkai::testing {

void WorkflowTest::SetUp() {
  DomainTest::SetUp();
  if (IsSkipped() || HasFatalFailure()) return;
  agency_ = create_small_agency();
  calendar_ = WorkingDayCalendar::load(std::string(GONGKAI_SOURCE_DIR) + "/data/holidays");
  auto c = db_->lease();
  for (org::Role role : org::all_roles()) {
    const std::string username(org::role_key(role));
    const int64_t id =
        c->query_one(
             "INSERT INTO users (agency_id, username, display_name, role, password_hash, created_at) "
             "VALUES (?, ?, ?, ?, 'x', '2026-11-01T08:00:00+08:00') RETURNING id",
             {agency_, username, std::string(org::role_name(role)), username})
            ->integer(0);
    org::StaffActor staff;
    staff.user_id = id;
    staff.agency_id = agency_;
    staff.username = username;
    staff.display_name = std::string(org::role_name(role));
    staff.role = role;
    staff.remote_address = "127.0.0.1";
    staff_.emplace(role, staff);
  }
}

workflow::ItemDraft WorkflowTest::draft(const std::string& title) const {
  workflow::ItemDraft d;
  d.category_code = "zcwj";
  d.title = title;
  d.written_date = "2026-11-20";
  d.summary = "冬季救助工作安排";
  d.body = "各县（市、区）民政局：\n\n现就做好今冬明春救助工作通知如下。";
  return d;
}

int64_t WorkflowTest::create_draft(const workflow::ItemDraft& d) {
  auto c = db_->lease();
  return workflow::draft_item(*c, as(org::Role::kOfficer), d);
}

int64_t WorkflowTest::approved_item(const workflow::ItemDraft& d) {
  const int64_t id = create_draft(d);
  auto c = db_->lease();
  workflow::submit_item(*c, as(org::Role::kOfficer), id, today_);
  workflow::pass_review(*c, as(org::Role::kSecrecyReviewer), id, "", today_);
  const auto approver = d.importance == "major" ? org::Role::kPrincipalLeader : org::Role::kDeputyLeader;
  workflow::approve_item(*c, as(approver), id, "", today_);
  return id;
}

std::string WorkflowTest::state_of(int64_t id) {
  auto c = db_->lease();
  return c->query_one("SELECT workflow_state FROM items WHERE id = ?", {id})->text(0);
}

std::string WorkflowTest::status_of(int64_t id) {
  auto c = db_->lease();
  return c->query_one("SELECT status FROM items WHERE id = ?", {id})->text(0);
}

}  // namespace gongkai::testing
