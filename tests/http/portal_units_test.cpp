// The portal's small helpers, on their own.
#include <gtest/gtest.h>

#include <memory>

#include "portal/page_cache.h"
#include "portal/sitemap.h"
#include "portal/request_params.h"
#include "portal/view_models.h"
#include "portal/xml_text.h"

namespace gongkai::portal {
namespace {

TEST(XmlText, EscapesMarkupAndDropsControlCharacters) {
  EXPECT_EQ(xml_escape("<a href='x'>&\"\x01\t"), "&lt;a href=&apos;x&apos;&gt;&amp;&quot;\t");
}

TEST(XmlText, MidnightInChina) {
  EXPECT_EQ(rfc3339_midnight(*parse_date("2017-03-26")), "2017-03-26T00:00:00+08:00");
}

TEST(SafeBackPath, AcceptsOnlySameSiteRelativePaths) {
  EXPECT_EQ(safe_back_path("/xxgk/ml/?page=2"), std::optional<std::string>("/xxgk/ml/?page=2"));
  EXPECT_EQ(safe_back_path("//evil.example/"), std::nullopt);
  EXPECT_EQ(safe_back_path("/\\evil.example/"), std::nullopt);
  EXPECT_EQ(safe_back_path("https://evil.example/"), std::nullopt);
  EXPECT_EQ(safe_back_path("/a\r\nSet-Cookie: x=1"), std::nullopt);
  EXPECT_EQ(safe_back_path(""), std::nullopt);
}

TEST(Paragraphs, SplitOnBlankLinesAndTrim) {
  EXPECT_EQ(paragraphs("  第一段。\n\n\n第二段\n第二行。\n \n"),
            (std::vector<std::string>{"第一段。", "第二段\n第二行。"}));
  EXPECT_TRUE(paragraphs("\n \n").empty());
}

TEST(Pagination, ShowsFirstLastAndTwoEitherSideWithGaps) {
  auto view = pagination(6, 12, [](int n) { return "/p" + std::to_string(n); });
  std::vector<std::string> shown;
  for (const auto& entry : view["pages"]) {
    shown.push_back(entry["gap"].get<bool>() ? "…" : std::to_string(entry["number"].get<int>()));
  }
  EXPECT_EQ(shown, (std::vector<std::string>{"1", "…", "4", "5", "6", "7", "8", "…", "12"}));
  EXPECT_EQ(view["prev_url"], "/p5");
  EXPECT_EQ(view["next_url"], "/p7");
  EXPECT_TRUE(view["show"].get<bool>());
  EXPECT_FALSE(pagination(1, 1, [](int) { return std::string(); })["show"].get<bool>());
}

TEST(WithQuery, SkipsEmptyValuesAndEncodes) {
  EXPECT_EQ(with_query("/search", {{"q", "低保 救助"}, {"category", ""}, {"page", "2"}}),
            "/search?q=%E4%BD%8E%E4%BF%9D%20%E6%95%91%E5%8A%A9&page=2");
}

}  // namespace
}  // namespace gongkai::portal

namespace gongkai::portal {
namespace {

using std::chrono::milliseconds;

TEST(PageCache, ServesAnEntryUntilItExpires) {
  PageCache cache(milliseconds(1000), 8, 1 << 20);
  auto t0 = PageCache::Clock::time_point{} + std::chrono::hours(1);
  cache.put("S /", web::Response::html("首页"), t0);
  ASSERT_TRUE(cache.find("S /", t0 + milliseconds(999)).has_value());
  EXPECT_EQ(cache.find("S /", t0 + milliseconds(999))->body, "首页");
  EXPECT_FALSE(cache.find("S /", t0 + milliseconds(1000)).has_value());
  EXPECT_FALSE(cache.find("L /", t0).has_value());
}

TEST(PageCache, OneRequestRefreshesAnExpiredPageWhileOthersGetTheOldCopy) {
  PageCache cache(milliseconds(1000), 8, 1 << 20);
  auto t0 = PageCache::Clock::time_point{} + std::chrono::hours(1);
  cache.put("S /", web::Response::html("旧"), t0);
  const auto expired = t0 + milliseconds(1200);
  EXPECT_FALSE(cache.find("S /", expired).has_value());  // this one renders again
  ASSERT_TRUE(cache.find("S /", expired).has_value());   // the others are not sent to the store
  EXPECT_EQ(cache.find("S /", expired)->body, "旧");
  // Never more than five seconds past expiry: then the next request renders too.
  EXPECT_FALSE(cache.find("S /", t0 + milliseconds(6001)).has_value());
  cache.put("S /", web::Response::html("新"), expired);
  EXPECT_EQ(cache.find("S /", expired)->body, "新");
}

TEST(PageCache, AnAbandonedPageIsNeverServedAgain) {
  PageCache cache(milliseconds(1000), 8, 1 << 20);
  auto t0 = PageCache::Clock::time_point{} + std::chrono::hours(1);
  cache.put("S /xxgk/item/1", web::Response::html("已撤销的信息"), t0);
  EXPECT_FALSE(cache.find("S /xxgk/item/1", t0 + milliseconds(1200)).has_value());
  cache.abandon("S /xxgk/item/1");  // the refresh answered 404
  EXPECT_FALSE(cache.find("S /xxgk/item/1", t0 + milliseconds(1300)).has_value());
  EXPECT_EQ(cache.size(), 0u);
}

TEST(PageCache, StoresNothingNewWhileFullOfLiveEntries) {
  PageCache cache(milliseconds(1000), 2, 1 << 20);
  auto t0 = PageCache::Clock::time_point{} + std::chrono::hours(1);
  cache.put("a", web::Response::html("a"), t0);
  cache.put("b", web::Response::html("b"), t0);
  cache.put("c", web::Response::html("c"), t0);
  EXPECT_FALSE(cache.find("c", t0).has_value());
  EXPECT_EQ(cache.size(), 2u);
  // Once they have expired, room is made.
  cache.put("c", web::Response::html("c"), t0 + milliseconds(1500));
  EXPECT_TRUE(cache.find("c", t0 + milliseconds(1500)).has_value());
  EXPECT_EQ(cache.size(), 1u);
}

TEST(PageCache, BoundsTheBytesItHolds) {
  // 160 bytes in all: a body over 10 bytes (a sixteenth) is never stored.
  PageCache cache(milliseconds(1000), 100, 160);
  auto t0 = PageCache::Clock::time_point{} + std::chrono::hours(1);
  cache.put("big", web::Response::html(std::string(11, 'x')), t0);
  EXPECT_FALSE(cache.find("big", t0).has_value());
  for (int i = 0; i < 16; ++i) cache.put("p" + std::to_string(i), web::Response::html(std::string(10, 'x')), t0);
  EXPECT_EQ(cache.size(), 16u);
  cache.put("one-more", web::Response::html("x"), t0);
  EXPECT_FALSE(cache.find("one-more", t0).has_value());
  // Replacing an entry by one of the same size fits.
  cache.put("p0", web::Response::html(std::string(10, 'y')), t0);
  EXPECT_EQ(cache.find("p0", t0)->body, std::string(10, 'y'));
}

TEST(CachedHandler, RendersOncePerTargetAndTextSizeAndNeverCachesErrors) {
  auto cache = std::make_shared<PageCache>(std::chrono::hours(1), 16, 1 << 20);
  int calls = 0;
  web::Handler handler = cached(cache, [&calls](const web::Request& request, const web::PathParams&) {
    ++calls;
    if (request.target == "/missing") return web::Response::html("无", 404);
    return web::Response::html("第" + std::to_string(calls) + "次");
  });
  web::Request page;
  page.target = "/xxgk/zn";
  EXPECT_EQ(handler(page, {}).body, "第1次");
  EXPECT_EQ(handler(page, {}).body, "第1次");
  web::Request large = page;
  large.headers["cookie"] = "gongkai_a11y=large";
  EXPECT_EQ(handler(large, {}).body, "第2次");
  web::Request missing;
  missing.target = "/missing";
  handler(missing, {});
  handler(missing, {});
  EXPECT_EQ(calls, 4);
}

}  // namespace
}  // namespace gongkai::portal

namespace gongkai::portal {
namespace {

SitemapInput small_sitemap() {
  SitemapInput input;
  input.base = "https://x.gov.cn";
  input.pages = {{"/", "2017-05-01"}, {"/xxgk/ml/zcwj", ""}};
  input.items = {{7, *parse_date("2017-05-01")}, {5, *parse_date("2017-03-26")}, {3, *parse_date("2016-01-01")}};
  return input;
}

TEST(Sitemap, OneUrlsetWhenEverythingFits) {
  std::string xml = sitemap_xml(small_sitemap(), 5);
  EXPECT_EQ(xml,
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
            "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
            "  <url><loc>https://x.gov.cn/</loc><lastmod>2017-05-01</lastmod></url>\n"
            "  <url><loc>https://x.gov.cn/xxgk/ml/zcwj</loc></url>\n"
            "  <url><loc>https://x.gov.cn/xxgk/item/7</loc><lastmod>2017-05-01</lastmod></url>\n"
            "  <url><loc>https://x.gov.cn/xxgk/item/5</loc><lastmod>2017-03-26</lastmod></url>\n"
            "  <url><loc>https://x.gov.cn/xxgk/item/3</loc><lastmod>2016-01-01</lastmod></url>\n"
            "</urlset>\n");
  EXPECT_EQ(sitemap_part_xml(small_sitemap(), "pages.xml", 5), std::nullopt);
}

TEST(Sitemap, IndexOfPartsWhenTooManyUrls) {
  // 2 pages + 3 items over a limit of 2: pages.xml, items-1.xml (7, 5), items-2.xml (3).
  std::string index = sitemap_xml(small_sitemap(), 2);
  EXPECT_EQ(index,
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
            "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
            "  <sitemap><loc>https://x.gov.cn/sitemaps/pages.xml</loc></sitemap>\n"
            "  <sitemap><loc>https://x.gov.cn/sitemaps/items-1.xml</loc><lastmod>2017-05-01</lastmod></sitemap>\n"
            "  <sitemap><loc>https://x.gov.cn/sitemaps/items-2.xml</loc><lastmod>2016-01-01</lastmod></sitemap>\n"
            "</sitemapindex>\n");
  auto second = sitemap_part_xml(small_sitemap(), "items-2.xml", 2);
  ASSERT_TRUE(second.has_value());
  EXPECT_NE(second->find("<loc>https://x.gov.cn/xxgk/item/3</loc>"), std::string::npos);
  EXPECT_EQ(second->find("/xxgk/item/5<"), std::string::npos);
  auto pages = sitemap_part_xml(small_sitemap(), "pages.xml", 2);
  ASSERT_TRUE(pages.has_value());
  EXPECT_NE(pages->find("<loc>https://x.gov.cn/xxgk/ml/zcwj</loc>"), std::string::npos);
  for (const char* bad : {"items-3.xml", "items-0.xml", "items-01.xml", "items-.xml", "items-1.txt", "x.xml"}) {
    EXPECT_EQ(sitemap_part_xml(small_sitemap(), bad, 2), std::nullopt) << bad;
  }
}

}  // namespace
}  // namespace gongkai::portal
