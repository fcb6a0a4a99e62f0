// /feed.xml (Atom 1.0) and /sitemap.xml: well-formed XML, absolute URLs,
// escaping, the expected entries.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "http/portal_fixture.h"

namespace gongkai::testing {
namespace {

class PortalFeedTest : public ::testing::Test {
 protected:
  PortalServer& server_ = PortalServer::instance();
};

// Parses `xml` with Python's expat-based minidom; true when well-formed.
bool well_formed(const std::string& xml, const std::string& name) {
  auto path = std::filesystem::temp_directory_path() / (name + "-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) + ".xml");
  {
    std::ofstream out(path, std::ios::binary);
    out << xml;
  }
  std::string command = "python3 -c \"import sys, xml.dom.minidom; xml.dom.minidom.parse(sys.argv[1])\" '" +
                        path.string() + "' 2>/dev/null";
  int rc = std::system(command.c_str());
  std::filesystem::remove(path);
  return rc == 0;
}

TEST_F(PortalFeedTest, FeedIsWellFormedAtomWithAbsoluteLinks) {
  auto reply = server_.get("/feed.xml");
  ASSERT_EQ(reply.status, 200);
  EXPECT_EQ(reply.header("content-type"), "application/atom+xml; charset=utf-8");
  std::string xml = reply.decoded_body();
  EXPECT_TRUE(well_formed(xml, "feed"));
  EXPECT_EQ(xml.rfind("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\"", 0), 0u);
  EXPECT_NE(xml.find("<title>吴忠市民政局政府信息公开</title>"), std::string::npos);
  EXPECT_NE(xml.find("<link rel=\"self\" type=\"application/atom+xml\" href=\"https://xxgk.example.gov.cn/feed.xml\"/>"),
            std::string::npos);
  // Newest item first; the feed's updated is its date.
  EXPECT_NE(xml.find("<updated>2017-05-01T00:00:00+08:00</updated>"), std::string::npos);
  std::string policy_url = "https://xxgk.example.gov.cn/xxgk/item/" + std::to_string(server_.ids().policy);
  EXPECT_NE(xml.find("<id>" + policy_url + "</id>"), std::string::npos);
  EXPECT_NE(xml.find("<published>2017-03-26T00:00:00+08:00</published>"), std::string::npos);
  EXPECT_NE(xml.find("<title>&lt;b&gt;加粗&lt;/b&gt;标题测试</title>"), std::string::npos);
  // All 30 public items fit (the feed holds 50).
  EXPECT_EQ(count_of(xml, "<entry>"), 30u);
}

TEST_F(PortalFeedTest, SitemapListsPagesCategoriesAndItemsWithLastmod) {
  auto reply = server_.get("/sitemap.xml");
  ASSERT_EQ(reply.status, 200);
  std::string xml = reply.decoded_body();
  EXPECT_TRUE(well_formed(xml, "sitemap"));
  EXPECT_NE(xml.find("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"), std::string::npos);
  EXPECT_NE(xml.find("<url><loc>https://xxgk.example.gov.cn/</loc><lastmod>2017-05-01</lastmod></url>"),
            std::string::npos);
  EXPECT_NE(xml.find("<url><loc>https://xxgk.example.gov.cn/xxgk/zn</loc>"), std::string::npos);
  EXPECT_NE(xml.find("<url><loc>https://xxgk.example.gov.cn/xxgk/ml/shjz</loc></url>"), std::string::npos);
  EXPECT_NE(xml.find("<url><loc>https://xxgk.example.gov.cn/xxgk/item/" + std::to_string(server_.ids().policy) +
                     "</loc><lastmod>2017-03-26</lastmod></url>"),
            std::string::npos);
  // The key-area and report sections are listed even while empty (this store
  // has no decisions, service items or reports of its own).
  for (const char* section : {"/xxgk/nb/", "/xxgk/sgs/", "/xxgk/qlqd/", "/bszn/"}) {
    EXPECT_NE(xml.find("<url><loc>https://xxgk.example.gov.cn" + std::string(section) + "</loc></url>"),
              std::string::npos)
        << section;
  }
  // 5 pages + those 4 sections + 5 categories + 30 items.
  EXPECT_EQ(count_of(xml, "<url>"), 44u);
  // It fits in one file, so there are no parts.
  EXPECT_EQ(server_.get("/sitemaps/pages.xml").status, 404);
  EXPECT_EQ(server_.get("/sitemaps/items-1.xml").status, 404);
}

}  // namespace
}  // namespace gongkai::testing
