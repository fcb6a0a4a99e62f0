// CreditTest: a migrated store on each engine with one small agency, its
// information officer (who keeps the 双公示 records) and a secrecy reviewer
// (who may not), and inputs that pass every check, to be spoiled one field
// at a time.
#pragma once

#include <string>

#include "catalog/domain_fixture.h"
#include "credit/credit_decision.h"
#include "org/staff.h"

namespace gongkai::testing {

// 51640300MJ0000011P: the check character worked by hand in
// tests/keyareas/social_organisation_test.cpp (sum 1248, 1248 mod 31 = 8,
// 31 − 8 = 23 → 'P').
inline constexpr const char* kPartyCode = "51640300MJ0000011P";
// 吴忠市民政局 (data/demo/agency.json).
inline constexpr const char* kAgencyCode = "11640300010423576U";
// 640302198505120011: weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2 on
// 6 4 0 3 0 2 1 9 8 5 0 5 1 2 0 0 1 give 242 = 22·11, remainder 0 → '1'.
inline constexpr const char* kPersonId = "640302198505120011";

class CreditTest : public DomainTest {
 protected:
  void SetUp() override {
    DomainTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    agency_id_ = create_small_agency();
    officer_ = {1, agency_id_, "xinxiyuan", "马晓燕", org::Role::kOfficer, std::nullopt, "127.0.0.1"};
    reviewer_ = {2, agency_id_, "baomi", "杨建国", org::Role::kSecrecyReviewer, std::nullopt, "127.0.0.1"};
  }

  static credit::DecisionInput licence() {
    return {"licensing",
            {{"party_name", "吴忠市测试协会"},
             {"party_category", "法人及非法人组织"},
             {"credit_code", kPartyCode},
             {"legal_representative", "马建国"},
             {"document_name", "社会团体准予成立登记决定书"},
             {"document_number", "吴民社登〔2017〕1号"},
             {"licence_category", "登记"},
             {"certificate_name", "社会团体法人登记证书"},
             {"licence_number", kPartyCode},
             {"licence_content", "准予成立登记。业务范围：开展交流活动"},
             {"decision_date", "2017-03-01"},
             {"valid_from", "2017-03-01"},
             {"valid_until", "2022-02-28"},
             {"authority", "吴忠市民政局"},
             {"authority_credit_code", kAgencyCode},
             {"data_source", "吴忠市民政局"},
             {"data_source_credit_code", kAgencyCode}}};
  }

  static credit::DecisionInput penalty_of_person() {
    return {"penalty",
            {{"party_name", "王建军"},
             {"party_category", "自然人"},
             {"id_type", "身份证"},
             {"id_number", kPersonId},
             {"document_number", "吴民罚〔2017〕1号"},
             {"violation_type", "未经登记擅自以社会组织名义开展活动"},
             {"violation_facts", "以协会名义收取会费,开展活动"},
             {"penalty_basis", "《社会团体登记管理条例》第三十二条"},
             {"penalty_category", "警告；罚款"},
             {"penalty_content", "警告，并处罚款伍仟元"},
             {"fine_amount", "0.5"},
             {"decision_date", "2017-05-10"},
             {"penalty_valid_until", "2017-11-09"},
             {"publicity_until", "2099-12-31"},
             {"authority", "吴忠市民政局"},
             {"authority_credit_code", kAgencyCode},
             {"data_source", "吴忠市民政局"},
             {"data_source_credit_code", kAgencyCode}}};
  }

  int64_t count(const std::string& sql) {
    auto c = db_->lease();
    return c->query_one(sql)->integer(0);
  }
  int64_t decisions() { return count("SELECT COUNT(*) FROM credit_decisions"); }
  int64_t audits() { return count("SELECT COUNT(*) FROM audit_log WHERE entity = 'credit_decisions'"); }

  int64_t agency_id_ = 0;
  org::StaffActor officer_;
  org::StaffActor reviewer_;
};

}  // namespace gongkai::testing
