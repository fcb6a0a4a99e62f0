// `gongkai import items`: every bad row is reported with its line and reason,
// and a file with any bad row imports nothing.
#include <gtest/gtest.h>

#include <fstream>

#include "catalog/catalog_queries.h"
#include "catalog/domain_fixture.h"
#include "catalog/item_import.h"
#include "core/errors.h"

namespace gongkai::testing {
namespace {

class ItemImportTest : public DomainTest {
 protected:
  void SetUp() override {
    DomainTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    agency_ = create_small_agency();
    dir_ = std::filesystem::temp_directory_path() / ("gongkai-import-" + store::testing::random_suffix(8));
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override {
    std::filesystem::remove_all(dir_);
    DomainTest::TearDown();
  }

  std::filesystem::path write(const std::string& name, const std::string& content) {
    const auto path = dir_ / name;
    std::ofstream(path, std::ios::binary) << content;
    return path;
  }

  catalog::ImportResult import(const std::filesystem::path& file) {
    auto c = db_->lease();
    return catalog::import_items(*c, actor_, catalog::parse_item_file(file, agency_));
  }

  int64_t agency_ = 0;
  std::filesystem::path dir_;
};

const char* kHeader = "key,category,title,written_date,published_date,attribute,withholding_ground,summary,body,interprets\n";

TEST_P(ItemImportTest, EveryBadRowIsReportedAndNothingIsStored) {
  const auto file = write("items.csv", std::string(kHeader) +
      "a,zcwj,关于做好低保工作的通知,2017-03-01,2017-03-02,主动公开,,概述,正文,\n"          // line 2: good
      "b,zcwj,日期错误的通知,2017-13-01,2017-03-02,主动公开,,概述,正文,\n"                  // line 3: bad month
      "c,nope,栏目错误的通知,2017-03-01,2017-03-02,主动公开,,概述,\"多行\n正文\",\n"        // line 4 (ends on 5)
      "d,zcwj,不予公开却要发布,2017-03-01,2017-03-02,不予公开,art14_state_secret,概述,正文,\n"  // line 6
      "e,zcjd,解读,2017-03-01,2017-03-02,主动公开,,概述,正文,zz\n");                          // line 7
  const int64_t audit_before = count("audit_log");
  const auto result = import(file);
  ASSERT_EQ(result.problems.size(), 4u);
  EXPECT_EQ(result.problems[0].line, 3);
  EXPECT_EQ(result.problems[0].reason, "成文日期格式应为YYYY-MM-DD：2017-13-01");
  EXPECT_EQ(result.problems[1].line, 4);
  EXPECT_EQ(result.problems[1].reason, "栏目不存在：nope");
  EXPECT_EQ(result.problems[2].line, 6);
  EXPECT_EQ(result.problems[2].reason, "不予公开的信息不能在门户网站发布");
  EXPECT_EQ(result.problems[3].line, 7);
  EXPECT_EQ(result.problems[3].reason, "interprets引用的key不存在：zz");
  EXPECT_EQ(result.imported, 0);
  EXPECT_EQ(count("items"), 0);
  EXPECT_EQ(count("item_links"), 0);
  EXPECT_EQ(count("audit_log"), audit_before);
}

TEST_P(ItemImportTest, AGoodFileImportsEveryRowAndItsLinks) {
  const auto file = write("items.csv", std::string("\xEF\xBB\xBF") + kHeader +
      "policy,zcwj,关于促进慈善事业健康发展的实施意见,2017-06-01,2017-06-05,主动公开,,概述,\"第一段，含逗号\n\n第二段\"\"引号\"\"\",\n"
      "reading,zcjd,政策解读,2017-06-05,2017-06-06,主动公开,,概述,解读正文,policy\r\n");
  const auto result = import(file);
  ASSERT_TRUE(result.problems.empty()) << result.problems[0].reason;
  EXPECT_EQ(result.imported, 2);
  auto c = db_->lease();
  const auto policy = c->query_one("SELECT id, body FROM items WHERE category_id = (SELECT id FROM categories WHERE code = 'zcwj')");
  EXPECT_EQ(policy->text(1), "第一段，含逗号\n\n第二段\"引号\"");
  const auto links = catalog::public_links(*c, policy->integer(0), today_);
  ASSERT_EQ(links.size(), 1u);
  EXPECT_EQ(links[0].title, "政策解读");
  EXPECT_EQ(count("search_changes"), 4);  // two creations, and both ends of the link
}

TEST_P(ItemImportTest, JsonRecordsAreNumberedFromOne) {
  const auto file = write("items.json", R"([
    {"category":"zcwj","title":"好","written_date":"2017-03-01","published_date":"2017-03-02","body":"正文"},
    {"category":"zcwj","title":"","written_date":"2017-03-01","published_date":"2017-03-02","body":"正文"},
    {"category":"zcwj","title":"数字","written_date":20170301,"body":"正文"},
    {"category":"zcwj","title":"多余","colour":"red","written_date":"2017-03-01","body":"正文"}
  ])");
  const auto result = import(file);
  ASSERT_EQ(result.problems.size(), 3u);
  EXPECT_EQ(result.problems[0].line, 2);
  EXPECT_EQ(result.problems[0].reason, "标题不能为空");
  EXPECT_EQ(result.problems[1].line, 3);
  EXPECT_EQ(result.problems[1].reason, "字段“written_date”须为字符串");
  EXPECT_EQ(result.problems[2].line, 4);
  EXPECT_EQ(result.problems[2].reason, "未知字段“colour”");
  EXPECT_EQ(count("items"), 0);
}

TEST_P(ItemImportTest, UnreadableFilesAreRefusedWhole) {
  EXPECT_THROW(catalog::parse_item_file(write("a.json", "{not json"), agency_), InvalidInput);
  EXPECT_THROW(catalog::parse_item_file(write("b.json", R"({"title":"x"})"), agency_), InvalidInput);
  EXPECT_THROW(catalog::parse_item_file(write("c.csv", "title,colour\nx,red\n"), agency_), InvalidInput);
  EXPECT_THROW(catalog::parse_item_file(write("d.csv", "title\n\"unterminated\n"), agency_), InvalidInput);
  EXPECT_THROW(catalog::parse_item_file(write("e.csv", std::string("title\n\xff\xfe\n")), agency_), InvalidInput);
  EXPECT_THROW(catalog::parse_item_file(write("f.txt", "title\n"), agency_), InvalidInput);
  EXPECT_THROW(catalog::parse_item_file(dir_ / "missing.csv", agency_), InvalidInput);
}

TEST_P(ItemImportTest, ExportReadsBackAsTheSameItems) {
  const auto file = write("items.csv", std::string(kHeader) +
      "policy,zcwj,实施意见,2017-06-01,2017-06-05,主动公开,,概述,正文,\n"
      "reading,zcjd,解读,2017-06-05,2017-06-06,主动公开,,概述,解读正文,policy\n"
      "secret,zcwj,内部纪要,2017-06-05,,不予公开,art16_process_info,概述,纪要正文,\n");
  ASSERT_TRUE(import(file).problems.empty());
  auto c = db_->lease();
  const std::string exported = catalog::export_items_json(*c, agency_);
  const auto round_trip = write("export.json", exported);
  const auto rows = catalog::parse_item_file(round_trip, agency_);
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0].item.title, "实施意见");
  EXPECT_EQ(rows[0].item.index_number, "000014349/2017-00001");
  EXPECT_EQ(rows[1].interprets, "000014349/2017-00001");
  EXPECT_EQ(rows[2].item.attribute, "不予公开");
  EXPECT_EQ(rows[2].item.withholding_ground, "art16_process_info");
  EXPECT_EQ(rows[2].item.published_date, "");
}

INSTANTIATE_TEST_SUITE_P(Engines, ItemImportTest, store::testing::all_engines(), store::testing::engine_name);

}  // namespace
}  // namespace gongkai::testing
