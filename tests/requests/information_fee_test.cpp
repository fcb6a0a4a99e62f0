// 信息处理费 per 国办函〔2020〕109号, tier boundaries worked out by hand.
#include <gtest/gtest.h>

#include "core/errors.h"
#include "requests/information_fee.h"

namespace gongkai::requests {
namespace {

int64_t yuan(Fen fen) { return fen.value / 100; }

TEST(InformationFee, PerApplicationIsFreeUpToTenAMonthThenRisesByAHundredEveryTen) {
  EXPECT_EQ(yuan(per_application_fee(1)), 0);
  EXPECT_EQ(yuan(per_application_fee(10)), 0);
  EXPECT_EQ(yuan(per_application_fee(11)), 100);
  EXPECT_EQ(yuan(per_application_fee(30)), 100);
  EXPECT_EQ(yuan(per_application_fee(31)), 200);
  EXPECT_EQ(yuan(per_application_fee(40)), 200);
  EXPECT_EQ(yuan(per_application_fee(41)), 300);
  EXPECT_EQ(yuan(per_application_fee(55)), 400);
  EXPECT_THROW(per_application_fee(0), InvalidInput);
}

TEST(InformationFee, PerPageIsProgressiveOverEachTier) {
  EXPECT_EQ(yuan(per_page_fee(0)), 0);
  EXPECT_EQ(yuan(per_page_fee(30)), 0);
  EXPECT_EQ(yuan(per_page_fee(31)), 10);
  EXPECT_EQ(yuan(per_page_fee(100)), 700);    // 70 pages × 10
  EXPECT_EQ(yuan(per_page_fee(101)), 720);    // + 1 × 20
  EXPECT_EQ(yuan(per_page_fee(120)), 1100);   // 700 + 20 × 20
  EXPECT_EQ(yuan(per_page_fee(200)), 2700);   // 700 + 100 × 20
  EXPECT_EQ(yuan(per_page_fee(201)), 2740);   // + 1 × 40
  EXPECT_THROW(per_page_fee(-1), InvalidInput);
}

TEST(InformationFee, ModeKeysAndExplanation) {
  EXPECT_EQ(fee_mode_from_key("per_page"), FeeMode::kPerPage);
  EXPECT_EQ(fee_mode_from_key("per_application"), FeeMode::kPerApplication);
  EXPECT_THROW(fee_mode_from_key("both"), InvalidInput);
  const std::string text = explain_information_fee(FeeMode::kPerPage, 120);
  EXPECT_NE(text.find("共120页"), std::string::npos);
  EXPECT_NE(text.find("应缴1,100.00元"), std::string::npos);
}

}  // namespace
}  // namespace gongkai::requests
