// ProposalTest: a migrated store on each engine with one small agency, the
// information officer who handles 建议提案 and a secrecy reviewer who may not.
#pragma once

#include <filesystem>
#include <string>

#include "catalog/domain_fixture.h"
#include "org/staff.h"

namespace gongkai::testing {

class ProposalTest : public DomainTest {
 protected:
  void SetUp() override {
    DomainTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    agency_id_ = create_small_agency();
    officer_ = {1, agency_id_, "xinxiyuan", "马晓燕", org::Role::kOfficer, std::nullopt, "127.0.0.1"};
    reviewer_ = {2, agency_id_, "baomi", "杨建国", org::Role::kSecrecyReviewer, std::nullopt, "127.0.0.1"};
  }

  static std::filesystem::path demo_file() {
    return std::filesystem::path(GONGKAI_SOURCE_DIR) / "data" / "demo" / "proposals.json";
  }

  int64_t count(const std::string& sql) {
    auto c = db_->lease();
    return c->query_one(sql)->integer(0);
  }

  int64_t agency_id_ = 0;
  org::StaffActor officer_;
  org::StaffActor reviewer_;
};

}  // namespace gongkai::testing
