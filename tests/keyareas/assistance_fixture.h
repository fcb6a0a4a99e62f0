// AssistanceTest: a migrated store on each engine with one small agency and
// the staff who enter social-assistance figures (an information officer) or
// may not (a secrecy reviewer).
#pragma once

#include <filesystem>
#include <string>

#include "catalog/domain_fixture.h"
#include "keyareas/assistance_commands.h"
#include "org/staff.h"

namespace gongkai::testing {

class AssistanceTest : public DomainTest {
 protected:
  void SetUp() override {
    DomainTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    agency_id_ = create_small_agency();
    officer_ = {1, agency_id_, "xinxiyuan", "马晓燕", org::Role::kOfficer, std::nullopt, "127.0.0.1"};
    reviewer_ = {2, agency_id_, "baomi", "杨建国", org::Role::kSecrecyReviewer, std::nullopt, "127.0.0.1"};
  }

  static std::filesystem::path demo_file() {
    return std::filesystem::path(GONGKAI_SOURCE_DIR) / "data" / "demo" / "assistance.csv";
  }

  int64_t agency_id_ = 0;
  org::StaffActor officer_;
  org::StaffActor reviewer_;
};

}  // namespace gongkai::testing
