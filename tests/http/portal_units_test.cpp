// The portal's small helpers, on their own.
#include <gtest/gtest.h>

#include <memory>

#include "portal/content_disposition.h"
#include "portal/page_cache.h"
#include "portal/request_params.h"
#include "portal/view_models.h"
#include "portal/xml_text.h"

namespace gongkai::portal {
namespace {

TEST(ContentDisposition, AsciiNameIsKeptAndEncodedForFilenameStar) {
  EXPECT_EQ(content_disposition("report 2017.pdf"),
            "attachment; filename=\"report 2017.pdf\"; filename*=UTF-8''report%202017.pdf");
}

TEST(ContentDisposition, QuotesCannotBreakOutOfTheHeader) {
  EXPECT_EQ(content_disposition("a\"b\\c.txt"),
            "attachment; filename=\"a_b_c.txt\"; filename*=UTF-8''a%22b%5Cc.txt");
}

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
  PageCache cache(milliseconds(1000), 8);
  auto t0 = PageCache::Clock::time_point{} + std::chrono::hours(1);
  cache.put("S /", web::Response::html("首页"), t0);
  ASSERT_TRUE(cache.find("S /", t0 + milliseconds(999)).has_value());
  EXPECT_EQ(cache.find("S /", t0 + milliseconds(999))->body, "首页");
  EXPECT_FALSE(cache.find("S /", t0 + milliseconds(1000)).has_value());
  EXPECT_FALSE(cache.find("L /", t0).has_value());
}

TEST(PageCache, StoresNothingNewWhileFullOfLiveEntries) {
  PageCache cache(milliseconds(1000), 2);
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

TEST(CachedHandler, RendersOncePerTargetAndTextSizeAndNeverCachesErrors) {
  auto cache = std::make_shared<PageCache>(std::chrono::hours(1), 16);
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
