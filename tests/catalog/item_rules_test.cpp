// The rules an item obeys whatever route creates it (portal staff, import,
// API): what may be published, what must be stated, and the 索引号.
#include <gtest/gtest.h>

#include "catalog/catalog_queries.h"
#include "catalog/domain_fixture.h"
#include "core/errors.h"

namespace gongkai::testing {
namespace {

class ItemRulesTest : public DomainTest {
 protected:
  void SetUp() override {
    DomainTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    agency_ = create_small_agency();
    audit_before_ = count("audit_log");
  }

  // Expects `item` to be refused with a message containing `reason`, and
  // nothing at all to be written.
  void expect_refused(const catalog::NewItem& item, const std::string& reason) {
    try {
      create(item);
      ADD_FAILURE() << "accepted, expected: " << reason;
    } catch (const InvalidInput& e) {
      EXPECT_NE(std::string(e.what()).find(reason), std::string::npos) << e.what();
    }
    EXPECT_EQ(count("items"), 0);
    EXPECT_EQ(count("item_versions"), 0);
    EXPECT_EQ(count("search_changes"), 0);
    EXPECT_EQ(count("audit_log"), audit_before_);
  }

  int64_t agency_ = 0;
  int64_t audit_before_ = 0;
};

TEST_P(ItemRulesTest, WithheldItemCanNeverBePublished) {
  auto withheld = item(agency_, "zcwj", "内部会议纪要");
  withheld.attribute = "不予公开";
  withheld.withholding_ground = "art16_process_info";
  expect_refused(withheld, "不予公开的信息不能在门户网站发布");
}

TEST_P(ItemRulesTest, OnRequestItemCanNeverBePublished) {
  auto on_request = item(agency_, "zcwj", "核对结果");
  on_request.attribute = "依申请公开";
  on_request.withholding_ground = "art15_third_party";
  expect_refused(on_request, "依申请公开的信息不能在门户网站发布");
}

TEST_P(ItemRulesTest, WithheldItemNeedsItsLegalGround) {
  auto withheld = item(agency_, "zcwj", "内部会议纪要", "");
  withheld.written_date = "2017-03-01";
  withheld.attribute = "不予公开";
  expect_refused(withheld, "须注明不予主动公开的法定依据");
  withheld.withholding_ground = "art99_made_up";
  expect_refused(withheld, "不予公开依据无效");
}

TEST_P(ItemRulesTest, WithheldDraftIsKeptButNeverPublic) {
  auto withheld = item(agency_, "zcwj", "内部会议纪要", "");
  withheld.written_date = "2017-03-01";
  withheld.attribute = "不予公开";
  withheld.withholding_ground = "art16_process_info";
  const int64_t id = create(withheld);
  auto c = db_->lease();
  EXPECT_EQ(c->query_one("SELECT status FROM items WHERE id = ?", {id})->text(0), "draft");
  EXPECT_FALSE(catalog::find_public_item(*c, id, today_));
  EXPECT_FALSE(catalog::search_document(*c, id, today_));
}

TEST_P(ItemRulesTest, PartialItemNeedsARedactedBody) {
  auto partial = item(agency_, "zcwj", "部分公开的通知");
  partial.attribute = "部分公开";
  expect_refused(partial, "须提供删减后的公开文本");
  partial.public_body = partial.body;
  expect_refused(partial, "公开文本与原文相同");
}

TEST_P(ItemRulesTest, PublishedDateNotBeforeWrittenDate) {
  auto early = item(agency_, "zcwj", "通知");
  early.written_date = "2017-03-02";
  early.published_date = "2017-03-01";
  expect_refused(early, "发布日期不能早于成文日期");
  early.written_date = "2017-02-30";
  expect_refused(early, "成文日期格式应为YYYY-MM-DD");
}

TEST_P(ItemRulesTest, SummaryIsAtMostOneHundredCharacters) {
  auto long_summary = item(agency_, "zcwj", "通知");
  long_summary.summary = std::string();
  for (int i = 0; i < 101; ++i) long_summary.summary += "字";
  expect_refused(long_summary, "内容概述不能超过100字");
}

TEST_P(ItemRulesTest, UnknownCategoryOrDepartmentIsRefused) {
  expect_refused(item(agency_, "nope", "通知"), "栏目不存在：nope");
  auto with_department = item(agency_, "zcwj", "通知");
  with_department.department_code = "xyz";
  expect_refused(with_department, "科室不存在：xyz");
}

TEST_P(ItemRulesTest, UnmaskedPersonalDataBlocksPublication) {
  auto leaky = item(agency_, "shjz", "低保名单");
  leaky.body = "张三，联系电话13812345678，保障人数3人。";
  expect_refused(leaky, "未脱敏的个人信息");
  leaky.body = "张*，联系电话138****5678，保障人数3人。";
  EXPECT_GT(create(leaky), 0);
}

TEST_P(ItemRulesTest, IndexNumberSerialRestartsEachYear) {
  auto c = db_->lease();
  const auto number_of = [&](int64_t id) {
    return c->query_one("SELECT index_number FROM items WHERE id = ?", {id})->text(0);
  };
  EXPECT_EQ(number_of(create(item(agency_, "zcwj", "一", "2017-03-01"))), "000014349/2017-00001");
  EXPECT_EQ(number_of(create(item(agency_, "zcwj", "二", "2017-03-02"))), "000014349/2017-00002");
  EXPECT_EQ(number_of(create(item(agency_, "zcwj", "三", "2018-01-02"))), "000014349/2018-00001");
  auto duplicate = item(agency_, "zcwj", "四");
  duplicate.index_number = "000014349/2017-00001";
  EXPECT_THROW(create(duplicate), InvalidInput);
}

TEST_P(ItemRulesTest, ItemDatedInTheFutureIsPublicFromThatDay) {
  const int64_t id = create(item(agency_, "zcwj", "明年的通知", "2027-01-04"));
  auto c = db_->lease();
  EXPECT_FALSE(catalog::find_public_item(*c, id, today_));
  EXPECT_TRUE(catalog::find_public_item(*c, id, *parse_date("2027-01-04")));
}

TEST_P(ItemRulesTest, TextIsNormalisedOnEntry) {
  auto wide = item(agency_, "zcwj", "　关于２０１７年ＡＢＣ工作的通知　");
  const int64_t id = create(wide);
  auto c = db_->lease();
  EXPECT_EQ(catalog::find_public_item(*c, id, today_)->title, "关于2017年ABC工作的通知");
}

TEST_P(ItemRulesTest, AttachmentsOfAllowedTypesOnly) {
  const int64_t id = create(item(agency_, "zcwj", "带附件的通知"));
  auto c = db_->lease();
  const auto add = [&](const std::string& name, const std::string& bytes) {
    store::Transaction t(*c);
    const int64_t attachment = catalog::add_attachment(*c, actor_, id, name, bytes);
    t.commit();
    return attachment;
  };
  EXPECT_THROW(add("病毒.exe", "MZ"), InvalidInput);
  EXPECT_THROW(add("空.pdf", ""), InvalidInput);
  EXPECT_THROW(add("大.pdf", std::string(20 * 1024 * 1024 + 1, 'x')), InvalidInput);
  EXPECT_THROW(add("../逃逸.pdf", "%PDF"), InvalidInput);
  EXPECT_EQ(count("attachments"), 0);

  const std::string bytes("%PDF-1.4\n\x00\x01\xff binary", 20);
  const int64_t attachment = add("附件1.PDF", bytes);
  const auto [meta, content] = catalog::read_public_attachment(*c, attachment, today_);
  EXPECT_EQ(content, bytes);
  EXPECT_EQ(meta.media_type, "application/pdf");
  EXPECT_EQ(meta.size_bytes, 20);
  EXPECT_EQ(meta.sha256.size(), 64u);
}

TEST_P(ItemRulesTest, AttachmentOfANonPublicItemIsNotServed) {
  auto draft = item(agency_, "zcwj", "草稿", "");
  draft.written_date = "2017-03-01";
  const int64_t id = create(draft);
  auto c = db_->lease();
  store::Transaction t(*c);
  const int64_t attachment = catalog::add_attachment(*c, actor_, id, "a.pdf", "%PDF");
  t.commit();
  EXPECT_THROW(catalog::read_public_attachment(*c, attachment, today_), NotFound);
}

INSTANTIATE_TEST_SUITE_P(Engines, ItemRulesTest, store::testing::all_engines(), store::testing::engine_name);

}  // namespace
}  // namespace gongkai::testing
