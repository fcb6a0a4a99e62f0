// The JSON API under /api/v1/: categories, item lists (catalogue and
// search), one item, and errors as {"error":{"code":…,"message":…}}.
#include <gtest/gtest.h>

#include <set>

#include <nlohmann/json.hpp>

#include "http/portal_fixture.h"

namespace gongkai::testing {
namespace {

class ApiTest : public ::testing::Test {
 protected:
  PortalServer& server_ = PortalServer::instance();

  nlohmann::json get_json(const std::string& target, int expected_status = 200) {
    auto reply = server_.get(target);
    EXPECT_EQ(reply.status, expected_status) << target << "\n" << reply.decoded_body();
    EXPECT_EQ(reply.header("content-type").rfind("application/json", 0), 0u) << target;
    return nlohmann::json::parse(reply.decoded_body());
  }
};

TEST_F(ApiTest, CategoriesAreANestedTree) {
  auto body = get_json("/api/v1/categories");
  EXPECT_EQ(body["agency"]["code"], "wzsmzj");
  EXPECT_EQ(body["agency"]["name"], "吴忠市民政局");
  const auto& roots = body["categories"];
  ASSERT_EQ(roots.size(), 4u);
  std::vector<std::string> codes;
  for (const auto& root : roots) codes.push_back(root["code"]);
  EXPECT_EQ(codes, (std::vector<std::string>{"gkzd", "zcwj", "zcjd", "zdly"}));
  EXPECT_EQ(roots[3]["name"], "重点领域信息");
  ASSERT_EQ(roots[3]["children"].size(), 1u);
  EXPECT_EQ(roots[3]["children"][0]["code"], "shjz");
  EXPECT_EQ(roots[3]["children"][0]["name"], "社会救助");
  EXPECT_EQ(roots[1]["description"], "本机关制发的规范性文件");
}

TEST_F(ApiTest, ItemListIsPagedNewestFirst) {
  auto body = get_json("/api/v1/items?per_page=7&page=2");
  EXPECT_EQ(body["total"], 30);
  EXPECT_EQ(body["page"], 2);
  EXPECT_EQ(body["per_page"], 7);
  ASSERT_EQ(body["items"].size(), 7u);
  // Items 8…14 newest first: 5 of 2017, then 2016 第25, 第24 …; the 8th is 第23期.
  EXPECT_EQ(body["items"][0]["title"], "2016年社会救助资金发放情况第23期");
  EXPECT_FALSE(body.contains("facets"));
}

TEST_F(ApiTest, ItemListFiltersByCategoryAndYear) {
  auto body = get_json("/api/v1/items?category=zdly&year=2017");
  EXPECT_EQ(body["total"], 1);
  ASSERT_EQ(body["items"].size(), 1u);
  const auto& item = body["items"][0];
  EXPECT_EQ(item["id"], server_.ids().partial);
  EXPECT_EQ(item["attribute"], "partial");
  EXPECT_EQ(item["attribute_label"], "部分公开");
  EXPECT_EQ(item["category"]["code"], "shjz");
  EXPECT_EQ(item["category"]["name"], "社会救助");
  EXPECT_EQ(item["published_date"], "2017-04-15");
}

TEST_F(ApiTest, ItemListWithQuerySearchesAndReturnsFacets) {
  auto body = get_json("/api/v1/items?q=%E6%85%88%E5%96%84");  // 慈善
  EXPECT_EQ(body["total"], 2);
  ASSERT_EQ(body["items"].size(), 2u);
  std::set<int64_t> ids;
  for (const auto& item : body["items"]) ids.insert(item["id"].get<int64_t>());
  EXPECT_EQ(ids, (std::set<int64_t>{server_.ids().policy, server_.ids().interpretation}));
  ASSERT_TRUE(body.contains("facets"));
  int64_t zcwj = 0;
  for (const auto& facet : body["facets"]["category"]) {
    if (facet["code"] == "zcwj") zcwj = facet["count"];
  }
  EXPECT_EQ(zcwj, 1);
  ASSERT_EQ(body["facets"]["year"].size(), 1u);
  EXPECT_EQ(body["facets"]["year"][0]["year"], 2017);
  EXPECT_EQ(body["facets"]["year"][0]["count"], 2);
}

TEST_F(ApiTest, SearchSortedByDatePutsTheNewestFirst) {
  auto body = get_json("/api/v1/items?q=%E6%85%88%E5%96%84&sort=date");  // 慈善
  ASSERT_EQ(body["items"].size(), 2u);
  EXPECT_EQ(body["items"][0]["id"], server_.ids().interpretation);  // 2017-03-27
  EXPECT_EQ(body["items"][1]["id"], server_.ids().policy);          // 2017-03-26
  EXPECT_NE(body["items"][0]["title_html"].get<std::string>().find("<mark>慈善</mark>"), std::string::npos);
}

TEST_F(ApiTest, OneItemHasPublicMetadataAttachmentsAndLinks) {
  auto body = get_json("/api/v1/items/" + std::to_string(server_.ids().policy));
  EXPECT_EQ(body["title"], "关于促进慈善事业健康发展的实施意见");
  EXPECT_EQ(body["index_number"], "000014349/2017-00002");
  EXPECT_EQ(body["doc_number"], "吴民发〔2017〕12号");
  EXPECT_EQ(body["publisher"], "吴忠市民政局");
  EXPECT_EQ(body["written_date"], "2017-03-20");
  EXPECT_EQ(body["published_date"], "2017-03-26");
  EXPECT_EQ(body["topic"], "民政、扶贫、救灾");
  EXPECT_EQ(body["genre"], "意见");
  EXPECT_EQ(body["validity"], "valid");
  EXPECT_EQ(body["validity_label"], "有效");
  EXPECT_EQ(body["attribute"], "proactive");
  EXPECT_EQ(body["attribute_label"], "主动公开");
  EXPECT_EQ(body["body"], "第一段：鼓励社会各界参与慈善。\n\n第二段：加强慈善组织监管。");
  EXPECT_EQ(body["url"], "/xxgk/item/" + std::to_string(server_.ids().policy));
  ASSERT_EQ(body["attachments"].size(), 1u);
  EXPECT_EQ(body["attachments"][0]["file_name"], "实施意见全文.pdf");
  EXPECT_EQ(body["attachments"][0]["size_bytes"], 13);
  EXPECT_EQ(body["attachments"][0]["url"], "/xxgk/file/" + std::to_string(server_.ids().policy_attachment));
  ASSERT_EQ(body["links"].size(), 1u);
  EXPECT_EQ(body["links"][0]["item_id"], server_.ids().interpretation);
  EXPECT_EQ(body["links"][0]["relation"], "interpreted_by");
  EXPECT_EQ(body["links"][0]["relation_label"], "政策解读");
  EXPECT_FALSE(body.contains("withholding_ground"));
}

TEST_F(ApiTest, PartialItemGivesOnlyThePublicBody) {
  auto body = get_json("/api/v1/items/" + std::to_string(server_.ids().partial));
  EXPECT_EQ(body["body"], "临时救助对象名单（已删减）。");
}

TEST_F(ApiTest, ErrorsAreJsonWithCodeAndChineseMessage) {
  auto missing = get_json("/api/v1/items/" + std::to_string(server_.ids().withheld), 404);
  ASSERT_TRUE(missing.contains("error"));
  EXPECT_TRUE(missing["error"].contains("code"));
  EXPECT_NE(missing["error"]["message"].get<std::string>().find("未找到"), std::string::npos);

  auto bad_year = get_json("/api/v1/items?year=17", 400);
  EXPECT_NE(bad_year["error"]["message"].get<std::string>().find("年份无效"), std::string::npos);
  auto bad_page = get_json("/api/v1/items?page=0", 400);
  EXPECT_NE(bad_page["error"]["message"].get<std::string>().find("页码无效"), std::string::npos);
  auto bad_per_page = get_json("/api/v1/items?per_page=101", 400);
  EXPECT_NE(bad_per_page["error"]["message"].get<std::string>().find("每页条数无效"), std::string::npos);
  auto bad_category = get_json("/api/v1/items?category=nosuch", 400);
  EXPECT_NE(bad_category["error"]["message"].get<std::string>().find("栏目不存在"), std::string::npos);
  auto bad_sort = get_json("/api/v1/items?q=%E6%85%88%E5%96%84&sort=up", 400);
  EXPECT_NE(bad_sort["error"]["message"].get<std::string>().find("排序方式无效"), std::string::npos);
  get_json("/api/v1/items/abc", 404);
}

TEST_F(ApiTest, HostileQueriesAreNeverServerErrors) {
  for (const std::string q : {std::string("%27%20OR%201%3D1%20--"), std::string("%3Cscript%3E")}) {
    auto reply = server_.get("/api/v1/items?q=" + q);
    EXPECT_TRUE(reply.status == 200 || reply.status == 400) << q << " " << reply.status;
    EXPECT_EQ(reply.decoded_body().find("<script>"), std::string::npos);
  }
}

}  // namespace
}  // namespace gongkai::testing
