#include "engagement/engagement_fixture.h"

namespace gongkai::testing {

void EngagementTest::SetUp() {
  DomainTest::SetUp();
  if (IsSkipped() || HasFatalFailure()) return;
  agency_ = create_small_agency();
  office_ = add_staff(agency_, "office1", org::Role::kOffice);
  office2_ = add_staff(agency_, "office2", org::Role::kOffice);
  officer_ = add_staff(agency_, "officer1", org::Role::kOfficer);
  administrator_ = add_staff(agency_, "admin1", org::Role::kAdministrator);
  calendar_ = WorkingDayCalendar::load(std::string(GONGKAI_SOURCE_DIR) + "/data/holidays");
}

org::StaffActor EngagementTest::add_staff(int64_t agency, const std::string& username, org::Role role) {
  auto c = db_->lease();
  const int64_t id =
      c->query_one(
           "INSERT INTO users (agency_id, username, display_name, role, password_hash, created_at) "
           "VALUES (?, ?, ?, ?, 'x', '2017-01-01T00:00:00Z') RETURNING id",
           {agency, username, "用户" + username, std::string(org::role_key(role))})
          ->integer(0);
  org::StaffActor actor;
  actor.user_id = id;
  actor.agency_id = agency;
  actor.username = username;
  actor.display_name = "用户" + username;
  actor.role = role;
  actor.remote_address = "10.1.1.1";
  return actor;
}

}  // namespace gongkai::testing
