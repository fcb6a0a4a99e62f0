#include "web/http.h"

#include <gtest/gtest.h>

#include "web/compression.h"
#include "web/etag.h"
#include "web/responder.h"
#include "web/static_files.h"

namespace gongkai::web {
namespace {

using Pairs = std::vector<std::pair<std::string, std::string>>;

TEST(PercentDecode, DecodesChineseAndPlus) {
  // 低保 = E4 BD 8E E4 BF 9D
  EXPECT_EQ(percent_decode("%E4%BD%8E%E4%BF%9D", false).value(), "低保");
  EXPECT_EQ(percent_decode("a+b", true).value(), "a b");
  EXPECT_EQ(percent_decode("a+b", false).value(), "a+b");
  EXPECT_EQ(percent_decode("%2e%2E", false).value(), "..");
  EXPECT_EQ(percent_decode("", false).value(), "");
}

TEST(PercentDecode, RejectsMalformedEscapes) {
  EXPECT_FALSE(percent_decode("%", false));
  EXPECT_FALSE(percent_decode("%4", false));
  EXPECT_FALSE(percent_decode("abc%", false));
  EXPECT_FALSE(percent_decode("%G1", false));
  EXPECT_FALSE(percent_decode("%1G", false));
}

TEST(PercentDecode, RejectsInvalidUtf8) {
  EXPECT_FALSE(percent_decode("%FF", false));
  EXPECT_FALSE(percent_decode("%E4%BD", false));           // truncated sequence
  EXPECT_FALSE(percent_decode("%C0%AF", false));           // overlong '/'
  EXPECT_FALSE(percent_decode("%ED%A0%80", false));        // UTF-16 surrogate
  EXPECT_FALSE(percent_decode("%F4%90%80%80", false));     // above U+10FFFF
  EXPECT_FALSE(percent_decode("\xE4\xBD", false));         // raw bytes too
  EXPECT_EQ(percent_decode("%F0%9F%98%80", false).value(), "\xF0\x9F\x98\x80");  // U+1F600
}

TEST(PercentEncode, KeepsOnlyUnreserved) {
  EXPECT_EQ(percent_encode("a-b_c.d~e"), "a-b_c.d~e");
  EXPECT_EQ(percent_encode("低保 a/b"), "%E4%BD%8E%E4%BF%9D%20a%2Fb");
}

TEST(QueryString, ParsesInOrder) {
  EXPECT_EQ(parse_query_string("q=%E4%BD%8E%E4%BF%9D&page=2&q=x").value(),
            (Pairs{{"q", "低保"}, {"page", "2"}, {"q", "x"}}));
  EXPECT_EQ(parse_query_string("a&&b=&c=1+2").value(), (Pairs{{"a", ""}, {"b", ""}, {"c", "1 2"}}));
  EXPECT_EQ(parse_query_string("").value(), Pairs{});
  EXPECT_FALSE(parse_query_string("q=%FF"));
  EXPECT_FALSE(parse_query_string("q=%zz"));
}

TEST(Request, QueryParamAndHeader) {
  Request request;
  request.query = {{"q", "1"}, {"q", "2"}};
  request.headers = {{"accept", "text/html"}};
  EXPECT_EQ(request.query_param("q").value(), "1");
  EXPECT_FALSE(request.query_param("page"));
  EXPECT_EQ(request.header("accept"), "text/html");
  EXPECT_EQ(request.header("cookie"), "");
}

TEST(Response, Helpers) {
  EXPECT_EQ(Response::json("{}").content_type, "application/json; charset=utf-8");
  EXPECT_EQ(Response::text("x", 201).status, 201);
  Response redirect = Response::redirect("/xxgk/");
  EXPECT_EQ(redirect.status, 303);
  EXPECT_EQ(redirect.header("location").value(), "/xxgk/");
  redirect.set_header("LOCATION", "/other");
  EXPECT_EQ(redirect.headers.size(), 1u);
  EXPECT_EQ(redirect.header("Location").value(), "/other");
}

TEST(ContentDisposition, AsciiNameIsKeptAndEncodedForFilenameStar) {
  EXPECT_EQ(content_disposition("report 2017.pdf"),
            "attachment; filename=\"report 2017.pdf\"; filename*=UTF-8''report%202017.pdf");
}

TEST(ContentDisposition, QuotesCannotBreakOutOfTheHeader) {
  EXPECT_EQ(content_disposition("a\"b\\c.txt"),
            "attachment; filename=\"a_b_c.txt\"; filename*=UTF-8''a%22b%5Cc.txt");
}

// 答复书.pdf: three characters, each one '_' in the fallback; UTF-8 in filename*.
TEST(ContentDisposition, AChineseNameIsSavedUnderItsOwnName) {
  const Response r = Response::download("%PDF", "application/pdf", "答复书.pdf");
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.content_type, "application/pdf");
  EXPECT_EQ(r.body, "%PDF");
  EXPECT_EQ(r.header("Content-Disposition"),
            "attachment; filename=\"___.pdf\"; filename*=UTF-8''%E7%AD%94%E5%A4%8D%E4%B9%A6.pdf");
  EXPECT_EQ(Response::download("", "", "x.bin").content_type, "application/octet-stream");
}

TEST(ReasonPhrase, Common) {
  EXPECT_EQ(reason_phrase(200), "OK");
  EXPECT_EQ(reason_phrase(404), "Not Found");
  EXPECT_EQ(reason_phrase(431), "Request Header Fields Too Large");
}

TEST(ParseTarget, SplitsAndValidates) {
  Request request;
  request.target = "/search?q=%E4%BD%8E%E4%BF%9D&page=2";
  EXPECT_EQ(parse_target(request), 0);
  EXPECT_EQ(request.path, "/search");
  EXPECT_EQ(request.query, (Pairs{{"q", "低保"}, {"page", "2"}}));
  request.target = "/a%00b";
  EXPECT_EQ(parse_target(request), 400);
  request.target = "*";
  EXPECT_EQ(parse_target(request), 400);
  request.target = "/?q=" + std::string(9000, 'a');
  EXPECT_EQ(parse_target(request), 414);
  request.target = "http://example.org/xxgk/?a=1";
  EXPECT_EQ(parse_target(request), 0);
  EXPECT_EQ(request.path, "/xxgk/");
}

TEST(Etag, FormatAndMatching) {
  uint64_t hash = body_hash("hello");
  std::string tag = make_etag(hash, false);
  ASSERT_EQ(tag.size(), 18u);  // quotes + 16 hex digits
  EXPECT_EQ(tag.front(), '"');
  EXPECT_EQ(make_etag(hash, true), tag.substr(0, 17) + "-gz\"");
  EXPECT_TRUE(if_none_match_matches(tag, hash));
  EXPECT_TRUE(if_none_match_matches("\"x\", W/" + tag, hash));
  EXPECT_TRUE(if_none_match_matches(make_etag(hash, true), hash));
  EXPECT_TRUE(if_none_match_matches("*", hash));
  EXPECT_FALSE(if_none_match_matches("\"0000000000000000\"", hash));
  EXPECT_NE(body_hash("hello"), body_hash("hellp"));
  EXPECT_NE(body_hash(std::string(100, 'a')), body_hash(std::string(101, 'a')));
  EXPECT_EQ(body_hash(std::string(1000, 'z')), body_hash(std::string(1000, 'z')));
}

TEST(Compression, Negotiation) {
  EXPECT_TRUE(accepts_gzip("gzip, deflate, br"));
  EXPECT_TRUE(accepts_gzip("br;q=1.0, gzip;q=0.8"));
  EXPECT_FALSE(accepts_gzip("gzip;q=0"));
  EXPECT_FALSE(accepts_gzip("deflate, br"));
  EXPECT_FALSE(accepts_gzip(""));
  EXPECT_TRUE(is_compressible("text/html; charset=utf-8"));
  EXPECT_TRUE(is_compressible("application/json"));
  EXPECT_TRUE(is_compressible("image/svg+xml"));
  EXPECT_TRUE(is_compressible("application/rss+xml"));
  EXPECT_FALSE(is_compressible("image/png"));
  EXPECT_FALSE(is_compressible("application/pdf"));
}

TEST(ContentTypes, ByExtension) {
  EXPECT_EQ(content_type_for("css/site.css"), "text/css; charset=utf-8");
  EXPECT_EQ(content_type_for("js/app.JS"), "text/javascript; charset=utf-8");
  EXPECT_EQ(content_type_for("img/logo.svg"), "image/svg+xml");
  EXPECT_EQ(content_type_for("img/logo.png"), "image/png");
  EXPECT_EQ(content_type_for("dir.v2/README"), "application/octet-stream");
}

}  // namespace
}  // namespace gongkai::web
