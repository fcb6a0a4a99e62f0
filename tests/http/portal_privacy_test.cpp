// The rule the whole product obeys: a 依申请公开 or 不予公开 item, and the
// original body of a 部分公开 item, appear on no public page and no API
// answer, and their ids are 404.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "http/portal_fixture.h"

namespace gongkai::testing {
namespace {

class PortalPrivacyTest : public ::testing::Test {
 protected:
  PortalServer& server_ = PortalServer::instance();

  void expect_clean(const std::string& target) {
    auto reply = server_.get(target);
    EXPECT_LT(reply.status, 500) << target;
    std::string body = reply.decoded_body();
    EXPECT_EQ(body.find(kOnRequestTitle), std::string::npos) << target;
    EXPECT_EQ(body.find(kWithheldTitle), std::string::npos) << target;
    EXPECT_EQ(body.find(kPartialOriginalWord), std::string::npos) << target;
    EXPECT_EQ(body.find("内部文件.pdf"), std::string::npos) << target;
  }
};

TEST_F(PortalPrivacyTest, NonPublicTextIsOnNoPage) {
  const PortalIds& ids = server_.ids();
  for (const std::string& target : {
           std::string("/"), std::string("/xxgk/"), std::string("/xxgk/zd"), std::string("/xxgk/ml/"),
           std::string("/xxgk/ml/?page=2"), std::string("/xxgk/ml/zcwj"), std::string("/xxgk/ml/shjz"),
           std::string("/xxgk/ml/shjz?year=2017"), "/xxgk/item/" + std::to_string(ids.partial),
           std::string("/feed.xml"), std::string("/sitemap.xml"), std::string("/api/v1/items"),
           std::string("/api/v1/items?per_page=100"), "/api/v1/items/" + std::to_string(ids.partial),
           std::string("/api/v1/categories")}) {
    expect_clean(target);
  }
}

TEST_F(PortalPrivacyTest, SearchingForNonPublicWordsFindsNoNonPublicItem) {
  const PortalIds& ids = server_.ids();
  std::vector<std::string> hidden_links;
  for (int64_t id : {ids.on_request, ids.withheld}) hidden_links.push_back("/xxgk/item/" + std::to_string(id) + "\"");
  for (const std::string word : {std::string(kOnRequestTitle), std::string(kWithheldTitle),
                                 std::string(kPartialOriginalWord), std::string("庚辛壬")}) {
    // The page echoes the query itself; it must show no hidden item.
    std::string page = server_.get("/search?q=" + url_encode(word)).decoded_body();
    for (const auto& link : hidden_links) EXPECT_EQ(page.find(link), std::string::npos) << word;
    auto api = nlohmann::json::parse(server_.get("/api/v1/items?q=" + url_encode(word)).decoded_body());
    for (const auto& item : api["items"]) {
      EXPECT_NE(item["id"].get<int64_t>(), ids.on_request) << word;
      EXPECT_NE(item["id"].get<int64_t>(), ids.withheld) << word;
    }
  }
  // Words only the original body of the 部分公开 item holds find nothing at all.
  std::string page = server_.get("/search?q=" + url_encode("庚辛壬")).decoded_body();
  EXPECT_NE(page.find("找到 0 条"), std::string::npos);
  auto api = nlohmann::json::parse(server_.get("/api/v1/items?q=" + url_encode("庚辛壬")).decoded_body());
  EXPECT_EQ(api["total"], 0);
}

TEST_F(PortalPrivacyTest, NonPublicIdsAre404Everywhere) {
  const PortalIds& ids = server_.ids();
  for (int64_t id : {ids.on_request, ids.withheld}) {
    EXPECT_EQ(server_.get("/xxgk/item/" + std::to_string(id)).status, 404) << id;
    EXPECT_EQ(server_.get("/api/v1/items/" + std::to_string(id)).status, 404) << id;
  }
  EXPECT_EQ(server_.get("/xxgk/file/" + std::to_string(ids.hidden_attachment)).status, 404);
  std::string sitemap = server_.get("/sitemap.xml").decoded_body();
  EXPECT_EQ(sitemap.find("/xxgk/item/" + std::to_string(ids.on_request) + "<"), std::string::npos);
  EXPECT_EQ(sitemap.find("/xxgk/item/" + std::to_string(ids.withheld) + "<"), std::string::npos);
}

}  // namespace
}  // namespace gongkai::testing
