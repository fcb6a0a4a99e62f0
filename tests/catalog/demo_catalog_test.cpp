// The demo agency (data/demo) loaded through the domain, on both engines: the
// source document's count of 88 portal items in 2017 holds, and what is not
// public stays invisible.
#include <gtest/gtest.h>

#include <regex>
#include <sstream>
#include <set>

#include "app/demo_data.h"
#include "catalog/catalog_queries.h"
#include "catalog/domain_fixture.h"
#include "core/errors.h"
#include "org/agency_repository.h"

namespace gongkai::testing {
namespace {

class DemoCatalogTest : public DomainTest {
 protected:
  void SetUp() override {
    DomainTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    auto c = db_->lease();
    summary_ = app::load_demo(*c, actor_, std::filesystem::path(GONGKAI_SOURCE_DIR) / "data" / "demo");
  }

  catalog::ItemPage list(std::optional<std::string> category, std::optional<int> year, int page = 1,
                         int per_page = 20) {
    auto c = db_->lease();
    const auto tree = catalog::load_category_tree(*c, summary_.agency_id);
    catalog::ItemFilter filter;
    filter.agency_id = summary_.agency_id;
    if (category) filter.category_id = tree.find(*category)->id;
    filter.year = year;
    filter.page = page;
    filter.per_page = per_page;
    return catalog::list_public_items(*c, tree, filter, today_);
  }

  std::vector<int64_t> ids_with_attribute(const std::string& code) {
    auto c = db_->lease();
    std::vector<int64_t> ids;
    for (const auto& row : c->query("SELECT id FROM items WHERE attribute = ? ORDER BY id", {code})) {
      ids.push_back(row.integer(0));
    }
    return ids;
  }

  app::DemoSummary summary_;
};

TEST_P(DemoCatalogTest, LoadsTheAgencyAsTheSourceDocumentGivesIt) {
  EXPECT_EQ(summary_.items, 99);
  EXPECT_EQ(summary_.categories, 19);
  auto c = db_->lease();
  const auto agency = org::require_agency(*c, "wzsmzj");
  EXPECT_EQ(agency.name, "吴忠市民政局");
  EXPECT_EQ(agency.office.address, "宁夏吴忠市利通区明珠西路23号");
  EXPECT_EQ(agency.office.phone, "0953-2036045");
  EXPECT_EQ(agency.office.postcode, "751100");
  EXPECT_EQ(agency.office.email, "wzsmzjbgswf@163.com");
  // Found by its 统一社会信用代码 too.
  EXPECT_EQ(org::require_agency(*c, "11640300010423576U").id, agency.id);
  EXPECT_EQ(org::guide_sections(*c, agency.id).size(), 7u);
}

TEST_P(DemoCatalogTest, EightyEightPortalItemsIn2017) {
  EXPECT_EQ(list(std::nullopt, 2017).total, 88);
  EXPECT_EQ(list(std::nullopt, 2016).total, 6);
  EXPECT_EQ(list(std::nullopt, std::nullopt).total, 94);  // 99 less the 5 non-public
  auto c = db_->lease();
  const auto years = catalog::public_item_years(*c, summary_.agency_id, today_);
  ASSERT_EQ(years.size(), 2u);
  EXPECT_EQ(years[0], (std::pair<int, int64_t>{2017, 88}));
  EXPECT_EQ(years[1], (std::pair<int, int64_t>{2016, 6}));
}

TEST_P(DemoCatalogTest, PagingIsNewestFirst) {
  // 88 items at 20 a page: pages 1–4 full, page 5 holds the last 8.
  const auto last = list(std::nullopt, 2017, 5);
  EXPECT_EQ(last.page_count(), 5);
  EXPECT_EQ(last.items.size(), 8u);
  const auto first = list(std::nullopt, 2017, 1);
  ASSERT_EQ(first.items.size(), 20u);
  for (size_t i = 1; i < first.items.size(); ++i) {
    EXPECT_GE(*first.items[i - 1].published_date, *first.items[i].published_date);
  }
  EXPECT_GE(*first.items.back().published_date, *last.items.front().published_date);
}

TEST_P(DemoCatalogTest, CategoryIncludesItsDescendants) {
  // 2017 items of 重点领域信息's children: 社会救助 19, 社会组织 8, 养老服务 3,
  // 双公示 4, 权力清单 3, 政务服务 4 (counted in data/demo/items.json).
  EXPECT_EQ(list("shjz", 2017).total, 19);
  EXPECT_EQ(list("zdly", 2017).total, 19 + 8 + 3 + 4 + 3 + 4);
}

TEST_P(DemoCatalogTest, NonPublicItemsExistNowhereForThePublic) {
  auto withheld = ids_with_attribute("withheld");
  const auto on_request = ids_with_attribute("on_request");
  EXPECT_EQ(withheld.size(), 3u);
  EXPECT_EQ(on_request.size(), 2u);
  withheld.insert(withheld.end(), on_request.begin(), on_request.end());
  auto c = db_->lease();
  const auto dates = catalog::all_public_item_dates(*c, summary_.agency_id, today_);
  std::set<int64_t> public_ids;
  for (const auto& [id, date] : dates) public_ids.insert(id);
  EXPECT_EQ(public_ids.size(), 94u);
  for (int64_t id : withheld) {
    EXPECT_FALSE(catalog::find_public_item(*c, id, today_)) << id;
    EXPECT_FALSE(catalog::search_document(*c, id, today_)) << id;
    EXPECT_FALSE(public_ids.count(id)) << id;
  }
  int documents = 0;
  catalog::for_each_search_document(*c, today_, [&](const search::SearchDocument& d) {
    ++documents;
    EXPECT_EQ(d.title.find("内部"), std::string::npos) << d.title;
  });
  EXPECT_EQ(documents, 94);
}

TEST_P(DemoCatalogTest, PartialItemsShowOnlyTheirRedactedBody) {
  const auto partial = ids_with_attribute("partial");
  ASSERT_EQ(partial.size(), 3u);
  auto c = db_->lease();
  for (int64_t id : partial) {
    const auto item = catalog::find_public_item(*c, id, today_);
    ASSERT_TRUE(item);
    ASSERT_TRUE(item->public_body);
    EXPECT_EQ(item->public_text(), *item->public_body);
    EXPECT_NE(item->public_text(), item->body);
    EXPECT_NE(item->public_text().find("依法删除"), std::string::npos);
    EXPECT_EQ(catalog::search_document(*c, id, today_)->body, *item->public_body);
  }
}

TEST_P(DemoCatalogTest, InterpretationsAreLinkedBothWays) {
  auto c = db_->lease();
  const auto policy = c->query_one("SELECT id FROM items WHERE title = ?", {std::string("关于促进慈善事业健康发展的实施意见")});
  ASSERT_TRUE(policy) << "the policy's title in data/demo/items.json";
  const auto links = catalog::public_links(*c, policy->integer(0), today_);
  ASSERT_EQ(links.size(), 1u);
  EXPECT_EQ(links[0].relation, "interpreted_by");
  EXPECT_EQ(links[0].title, "《关于促进慈善事业健康发展的实施意见》政策解读");
  const auto back = catalog::public_links(*c, links[0].item_id, today_);
  ASSERT_EQ(back.size(), 1u);
  EXPECT_EQ(back[0].relation, "interprets");
  EXPECT_EQ(back[0].item_id, policy->integer(0));
}

TEST_P(DemoCatalogTest, TheMonthlyTableAttachedToDecemberAddsUpToTheYear) {
  EXPECT_EQ(summary_.attachments, 2);
  auto c = db_->lease();
  const auto december = c->query_one("SELECT id FROM items WHERE title = ?",
                                     {std::string("2017年12月全市城乡低保和特困人员救助供养金发放情况公示")});
  ASSERT_TRUE(december);
  const auto attachments = catalog::list_attachments(*c, december->integer(0));
  ASSERT_EQ(attachments.size(), 1u);
  EXPECT_EQ(attachments[0].media_type, "text/csv; charset=utf-8");
  const auto [meta, bytes] = catalog::read_public_attachment(*c, attachments[0].id, today_);
  // Sum the city and rural columns of the twelve months: the source document's
  // year figures, 398090 and 1129772 人次.
  int64_t city = 0;
  int64_t rural = 0;
  std::istringstream lines(bytes);
  std::string line;
  std::getline(lines, line);  // header
  int months = 0;
  while (std::getline(lines, line)) {
    std::vector<std::string> cells;
    std::istringstream fields(line);
    for (std::string cell; std::getline(fields, cell, ',');) cells.push_back(cell);
    ASSERT_EQ(cells.size(), 9u) << line;
    city += std::stoll(cells[1]);
    rural += std::stoll(cells[3]);
    ++months;
  }
  EXPECT_EQ(months, 12);
  EXPECT_EQ(city, 398090);
  EXPECT_EQ(rural, 1129772);
}

TEST_P(DemoCatalogTest, IndexNumbersFollowTheAgencyPattern) {
  auto c = db_->lease();
  const std::regex pattern("010423576/(2016|2017)-\\d{5}");
  std::set<std::string> seen;
  for (const auto& row : c->query("SELECT index_number FROM items")) {
    EXPECT_TRUE(std::regex_match(row.text(0), pattern)) << row.text(0);
    EXPECT_TRUE(seen.insert(row.text(0)).second) << row.text(0);
  }
  EXPECT_EQ(seen.size(), 99u);
}

TEST_P(DemoCatalogTest, LoadingTwiceIsRefusedAndChangesNothing) {
  auto c = db_->lease();
  const int64_t audit_before = count("audit_log");
  EXPECT_THROW(app::load_demo(*c, actor_, std::filesystem::path(GONGKAI_SOURCE_DIR) / "data" / "demo"), Conflict);
  EXPECT_EQ(count("items"), 99);
  EXPECT_EQ(count("agencies"), 1);
  EXPECT_EQ(count("audit_log"), audit_before);
}

INSTANTIATE_TEST_SUITE_P(Engines, DemoCatalogTest, store::testing::all_engines(), store::testing::engine_name);

}  // namespace
}  // namespace gongkai::testing
