// The social-organisation registry on both engines: the demo's 2017 counts
// are the literals of the 吴忠市民政局 2017 report (seeds/000_81b4ed55c119b43f.txt,
// 二（三）: "登记注册社会组织17家，民办非企业单位8家，批复设立养老机构1家；依法注销
// 社会组织13家，民办非企业单位12家" — 社会组织 there stands beside 民办非企业单位,
// so it counts the 社会团体); bad credit codes, duplicates, double cancellations
// and other bad input are refused with nothing stored.
#include <gtest/gtest.h>

#include <filesystem>

#include "app/demo_data.h"
#include "core/errors.h"
#include "keyareas/demo_social_organisations.h"
#include "keyareas/social_organisation_commands.h"
#include "keyareas/social_organisation_queries.h"
#include "keyareas/social_organisation_tally.h"
#include "keyareas/assistance_fixture.h"

namespace gongkai::testing {
namespace {

// 51640300MJ0000011P worked by hand (GB 32100 weights 1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28;
// M = 21, J = 18): 5·1 + 1·3 + 6·9 + 4·27 + 3·26 + 21·20 + 18·29 + 1·30 + 1·28 = 1248; 1248 mod 31 = 8;
// 31 − 8 = 23 → 'P'.
constexpr const char* kValidCode = "51640300MJ0000011P";

class SocialOrganisationTest : public AssistanceTest {
 protected:
  keyareas::RegistrationInput association(const std::string& code = kValidCode) {
    return {"社会团体", "吴忠市测试协会", code, "马建国", "开展交流活动", "吴忠市民政局", "2017-03-01"};
  }
  int64_t count(const char* table) {
    auto c = db_->lease();
    return c->query_one(std::string("SELECT COUNT(*) FROM ") + table)->integer(0);
  }
  int64_t audit_count() {
    auto c = db_->lease();
    return c->query_one("SELECT COUNT(*) FROM audit_log WHERE entity = 'social_organisations'")->integer(0);
  }
  int64_t register_one(const keyareas::RegistrationInput& input) {
    auto c = db_->lease();
    return keyareas::register_organisation(*c, officer_, today_, input);
  }
};

TEST_P(SocialOrganisationTest, ARegistrationStoresTheOrganisationItsEventNoticeAndAudit) {
  const int64_t id = register_one(association());
  auto c = db_->lease();
  const auto organisation = keyareas::find_organisation(*c, agency_id_, id);
  EXPECT_EQ(organisation.credit_code, "51640300MJ0000011P");
  const auto history = keyareas::organisation_history(*c, id);
  ASSERT_EQ(history.size(), 1u);
  EXPECT_NE(history[0].notice.find("准予成立登记"), std::string::npos);
  EXPECT_NE(history[0].notice.find("《社会团体登记管理条例》"), std::string::npos);
  EXPECT_EQ(audit_count(), 1);
}

TEST_P(SocialOrganisationTest, AWrongCheckCharacterIsRefusedAndNothingStored) {
  // The same code with 'Q' instead of the check character 'P'.
  EXPECT_THROW(register_one(association("51640300MJ0000011Q")), InvalidInput);
  EXPECT_THROW(register_one(association("51640300MJ0000011")), InvalidInput);   // 17 characters
  EXPECT_THROW(register_one(association("51640300MJ000001IP")), InvalidInput);  // 'I' is not in the charset
  EXPECT_EQ(count("social_organisations"), 0);
  EXPECT_EQ(count("social_organisation_events"), 0);
  EXPECT_EQ(audit_count(), 0);
}

TEST_P(SocialOrganisationTest, ADuplicateCodeIsRefusedAndNothingMoreStored) {
  register_one(association());
  auto second = association(" 51640300mj0000011p ");  // the same code in lower case
  second.name = "吴忠市另一协会";
  EXPECT_THROW(register_one(second), Conflict);
  EXPECT_EQ(count("social_organisations"), 1);
  EXPECT_EQ(count("social_organisation_events"), 1);
  EXPECT_EQ(audit_count(), 1);
}

TEST_P(SocialOrganisationTest, CancellingTwiceIsRefused) {
  const int64_t id = register_one(association());
  auto c = db_->lease();
  keyareas::cancel_organisation(*c, officer_, today_, id, {"经会员大会决议解散", "2017-11-30"});
  EXPECT_THROW(keyareas::cancel_organisation(*c, officer_, today_, id, {"再次注销", "2017-12-05"}), Conflict);
  EXPECT_EQ(count("social_organisation_events"), 2);
  const auto organisation = keyareas::find_organisation(*c, agency_id_, id);
  EXPECT_TRUE(organisation.cancelled);
  EXPECT_EQ(format_date(*organisation.cancelled_on), "2017-11-30");
  EXPECT_EQ(audit_count(), 2);
}

TEST_P(SocialOrganisationTest, BadDatesReasonsAndResultsAreRefused) {
  const int64_t id = register_one(association());
  auto c = db_->lease();
  EXPECT_THROW(keyareas::cancel_organisation(*c, officer_, today_, id, {"", "2017-11-30"}), InvalidInput);
  EXPECT_THROW(keyareas::cancel_organisation(*c, officer_, today_, id, {"解散", "2016-12-31"}), InvalidInput);
  EXPECT_THROW(keyareas::cancel_organisation(*c, officer_, today_, id, {"解散", "2027-01-01"}), InvalidInput);
  EXPECT_THROW(keyareas::record_inspection(*c, officer_, today_, id, {"2017", "优秀", "2018-05-01"}), InvalidInput);
  EXPECT_THROW(keyareas::change_organisation(*c, officer_, today_, id, {"", "马建国", "", "2017-06-01"}),
               InvalidInput);  // nothing changes
  keyareas::record_inspection(*c, officer_, today_, id, {"2017", "基本合格", "2018-05-01"});
  EXPECT_THROW(keyareas::record_inspection(*c, officer_, today_, id, {"2017", "合格", "2018-06-01"}), Conflict);
  EXPECT_EQ(count("social_organisation_events"), 2);
  EXPECT_FALSE(keyareas::find_organisation(*c, agency_id_, id).cancelled);
}

TEST_P(SocialOrganisationTest, ASecrecyReviewerMayNotRegister) {
  auto c = db_->lease();
  EXPECT_THROW(keyareas::register_organisation(*c, reviewer_, today_, association()), Forbidden);
  EXPECT_EQ(count("social_organisations"), 0);
}

TEST_P(SocialOrganisationTest, TheDemo2017TallyIsTheSourcesCounts) {
  auto c = db_->lease();
  store::Transaction t(*c);
  const auto file = std::filesystem::path(GONGKAI_SOURCE_DIR) / "data" / "demo" / "social_organisations.json";
  EXPECT_EQ(keyareas::load_demo_social_organisations(*c, officer_, file, today_), 54);
  t.commit();
  const auto tally = keyareas::tally_social_organisations(*c, agency_id_, 2017);
  EXPECT_EQ(tally.of("social_group").registered, 17);
  EXPECT_EQ(tally.of("private_non_enterprise").registered, 8);
  EXPECT_EQ(tally.of("elderly_care").registered, 1);
  EXPECT_EQ(tally.of("foundation").registered, 0);
  EXPECT_EQ(tally.of("social_group").cancelled, 13);
  EXPECT_EQ(tally.of("private_non_enterprise").cancelled, 12);
  EXPECT_EQ(tally.of("elderly_care").cancelled, 0);
  // The 2017 annual inspections of the three older organisations: 合格, 基本合格, 不合格.
  EXPECT_EQ(tally.inspections.at("合格"), 1);
  EXPECT_EQ(tally.inspections.at("基本合格"), 1);
  EXPECT_EQ(tally.inspections.at("不合格"), 1);
  // 2016: nothing registered or cancelled; three inspections 合格, 合格, 基本合格.
  const auto before = keyareas::tally_social_organisations(*c, agency_id_, 2016);
  EXPECT_EQ(before.of("social_group").registered, 0);
  EXPECT_EQ(before.inspections.at("合格"), 2);
  EXPECT_EQ(before.inspections.at("基本合格"), 1);
}

TEST_P(SocialOrganisationTest, SearchFindsByNameOrCodeAndFiltersByKind) {
  auto c = db_->lease();
  store::Transaction t(*c);
  keyareas::load_demo_social_organisations(
      *c, officer_, std::filesystem::path(GONGKAI_SOURCE_DIR) / "data" / "demo" / "social_organisations.json",
      today_);
  t.commit();
  const auto by_name = keyareas::search_organisations(*c, agency_id_, {"摄影", "", 1, 20});
  ASSERT_EQ(by_name.total, 1);
  EXPECT_EQ(by_name.organisations[0].name, "吴忠市摄影家协会");
  const auto by_code = keyareas::search_organisations(*c, agency_id_, {"51640300mj000107", "", 1, 20});
  ASSERT_EQ(by_code.total, 1);
  EXPECT_EQ(by_code.organisations[0].name, "吴忠市摄影家协会");
  // 8 + 12 + 1 older 民办非企业单位 = 21; three pages of 10.
  const auto pne = keyareas::search_organisations(*c, agency_id_, {"", "民办非企业单位", 3, 10});
  EXPECT_EQ(pne.total, 21);
  EXPECT_EQ(pne.pages, 3);
  EXPECT_EQ(pne.organisations.size(), 1u);
  EXPECT_THROW(keyareas::search_organisations(*c, agency_id_, {"", "合作社", 1, 20}), InvalidInput);
}

INSTANTIATE_TEST_SUITE_P(Engines, SocialOrganisationTest, store::testing::all_engines(), store::testing::engine_name);

// init --demo loads the registry with the rest of the demo.
class DemoSocialOrganisationTest : public DomainTest {};

TEST_P(DemoSocialOrganisationTest, TheWholeDemoIncludesTheRegistry) {
  auto c = db_->lease();
  const auto summary = app::load_demo(*c, actor_, std::filesystem::path(GONGKAI_SOURCE_DIR) / "data" / "demo");
  EXPECT_EQ(summary.social_organisations, 54);  // 17 + 8 + 1 + 13 + 12 + 3 older, still active
  const auto tally = keyareas::tally_social_organisations(*c, summary.agency_id, 2017);
  EXPECT_EQ(tally.of("social_group").registered, 17);
  EXPECT_EQ(tally.of("private_non_enterprise").cancelled, 12);
}

INSTANTIATE_TEST_SUITE_P(Engines, DemoSocialOrganisationTest, store::testing::all_engines(),
                         store::testing::engine_name);

}  // namespace
}  // namespace gongkai::testing
