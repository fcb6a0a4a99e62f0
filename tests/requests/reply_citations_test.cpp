// The legal basis of a reply letter, by the day the application was received.
#include "requests/reply_citations.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

#include "core/errors.h"
#include "requests/reply_outcomes.h"

namespace gongkai::requests {
namespace {

CivilDate d(const char* text) { return *parse_date(text); }

TEST(ReplyCitations, TheRegulationOfTheDayOfReceiptDecides) {
  // The 2019 regulation took effect on 2019-05-15 (Decree 711).
  EXPECT_EQ(reply_citation("disclosed", d("2019-05-14")), "《中华人民共和国政府信息公开条例》第二十一条第（一）项");
  EXPECT_EQ(reply_citation("disclosed", d("2019-05-15")), "《中华人民共和国政府信息公开条例》第三十六条第（二）项");
  EXPECT_EQ(reply_citation("partial", d("2017-06-01")), "《中华人民共和国政府信息公开条例》第二十一条第（一）项、第二十二条");
  EXPECT_EQ(reply_citation("withheld.third_party", d("2017-06-01")),
            "《中华人民共和国政府信息公开条例》第十四条第四款、第二十三条");
  EXPECT_EQ(reply_citation("withheld.third_party", d("2020-01-02")),
            "《中华人民共和国政府信息公开条例》第十五条、第三十二条");
  EXPECT_EQ(reply_citation("other.fee_unpaid", d("2017-06-01")), "《中华人民共和国政府信息公开条例》第二十七条");
}

TEST(ReplyCitations, GroundsThe2008RegulationLeftUnnamedCite2010Guidance) {
  const std::string guidance = "《国务院办公厅关于做好政府信息依申请公开工作的意见》（国办发〔2010〕5号）";
  EXPECT_EQ(reply_citation("withheld.process_info", d("2010-01-12")), guidance);
  EXPECT_EQ(reply_citation("not_handled.repeat", d("2017-03-01")), guidance);
  // Before the guidance, only the regulation's general rule of Art. 21.
  EXPECT_EQ(reply_citation("withheld.process_info", d("2010-01-11")),
            "《中华人民共和国政府信息公开条例》第二十一条第（二）项");
  EXPECT_EQ(reply_citation("withheld.process_info", d("2019-05-15")),
            "《中华人民共和国政府信息公开条例》第十六条第二款");
}

TEST(ReplyCitations, EveryOutcomeHasABasisUnderBothRegulations) {
  std::set<std::string> keys;
  for (const auto& outcome : reply_outcomes()) {
    SCOPED_TRACE(std::string(outcome.key));
    keys.insert(std::string(outcome.key));
    EXPECT_EQ(reply_citation(outcome.key, d("2008-05-01")).rfind("《中华人民共和国政府信息公开条例》第", 0), 0u);
    EXPECT_EQ(reply_citation(outcome.key, d("2019-05-15")).rfind("《中华人民共和国政府信息公开条例》第", 0), 0u);
  }
  for (const auto& row : reply_citations()) EXPECT_TRUE(keys.count(std::string(row.outcome_key))) << row.outcome_key;
}

TEST(ReplyCitations, UnknownOutcomeAndDaysBeforeTheRegulationAreRefused) {
  EXPECT_THROW(reply_citation("disclosed", d("2008-04-30")), InvalidInput);
  EXPECT_THROW(reply_citation("granted", d("2020-01-02")), InvalidInput);
}

// The 2008 regulation (Art. 21 (4)) only told the agency to ask for 更改、补充;
// deemed abandonment came with the 2019 regulation (Art. 30).
TEST(ReplyCitations, OnlyThe2019RegulationDeemsAnUncorrectedApplicationAbandoned) {
  const ReplyOutcome outcome = *find_reply_outcome("other.no_correction");
  const std::string before(reply_reason(outcome, d("2017-06-01")));
  EXPECT_EQ(before,
            "本机关已书面告知您对申请内容作出更改、补充，您逾期未作更改、补充，本机关无法确定您所需的政府信息，"
            "对该申请不再处理。您仍需要获取相关政府信息的，可以重新提出申请。");
  EXPECT_EQ(std::string(reply_reason(outcome, d("2019-05-15"))),
            "本机关已书面告知您补正申请，您无正当理由逾期未补正，视为放弃申请，本机关不再处理该政府信息公开申请。");
  for (const auto& other : reply_outcomes()) {
    if (other.key == outcome.key) continue;
    EXPECT_EQ(reply_reason(other, d("2017-06-01")), other.standard_reason) << other.key;
  }
}

TEST(ReplyCitations, LitigationPeriodFollowsTheAdministrativeLitigationLaw) {
  EXPECT_EQ(litigation_period(d("2015-04-30")), "3个月");
  EXPECT_EQ(litigation_period(d("2015-05-01")), "6个月");
}

}  // namespace
}  // namespace gongkai::requests
