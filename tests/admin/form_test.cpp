// Form parsing (urlencoded and multipart/form-data) and cookies.
#include <gtest/gtest.h>

#include "core/errors.h"
#include "web/form.h"

namespace gongkai::web {
namespace {

using namespace std::string_literals;

Request post(const std::string& content_type, const std::string& body) {
  Request request;
  request.method = "POST";
  request.headers["content-type"] = content_type;
  request.body = body;
  return request;
}

const std::string kBoundary = "XyZ123";
const std::string kMultipart = "multipart/form-data; boundary=" + kBoundary;

TEST(FormTest, UrlencodedFieldsAreDecodedInOrder) {
  Form form = Form::parse(post("application/x-www-form-urlencoded; charset=UTF-8",
                               "title=%E4%BD%8E%E4%BF%9D+%E5%90%8D%E5%8D%95&tag=a&tag=b&empty="));
  EXPECT_EQ(form.value("title"), "低保 名单");
  EXPECT_EQ(form.values("tag"), (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(form.find("empty"), std::optional<std::string>(""));
  EXPECT_EQ(form.find("missing"), std::nullopt);
  EXPECT_EQ(form.value("missing"), "");
}

TEST(FormTest, UrlencodedInvalidUtf8IsRefused) {
  EXPECT_THROW(Form::parse(post("application/x-www-form-urlencoded", "title=%FF%FE")), InvalidInput);
  EXPECT_THROW(Form::parse(post("application/x-www-form-urlencoded", "title=%E4%BD")), InvalidInput);
  EXPECT_THROW(Form::parse(post("application/x-www-form-urlencoded", "title=%G1")), InvalidInput);
}

TEST(FormTest, UnsupportedTypeIsRefused) {
  EXPECT_THROW(Form::parse(post("text/plain", "a=1")), InvalidInput);
  Request empty;
  empty.method = "POST";
  EXPECT_TRUE(Form::parse(empty).empty());
}

TEST(FormTest, MultipartFieldsAndFileWithPathStripped) {
  const std::string body =
      "--XyZ123\r\n"
      "Content-Disposition: form-data; name=\"title\"\r\n"
      "\r\n"
      "慈善事业\r\n"
      "--XyZ123\r\n"
      "Content-Disposition: form-data; name=\"file\"; filename=\"C:\\Users\\ma\\实施意见.pdf\"\r\n"
      "Content-Type: application/pdf\r\n"
      "\r\n"
      "%PDF-1.4\r\n\x00\xff binary\r\n"
      "--XyZ123\r\n"
      "content-disposition: form-data; name=\"other\"; filename=\"/tmp/a/b.txt\"\r\n"
      "\r\n"
      "x\r\n"
      "--XyZ123--\r\n"s;
  Form form = Form::parse(post(kMultipart, body));
  EXPECT_EQ(form.value("title"), "慈善事业");
  auto files = form.files("file");
  ASSERT_EQ(files.size(), 1u);
  EXPECT_EQ(files[0].field, "file");
  EXPECT_EQ(files[0].file_name, "实施意见.pdf");
  EXPECT_EQ(files[0].content_type, "application/pdf");
  EXPECT_EQ(files[0].bytes, "%PDF-1.4\r\n\x00\xff binary"s);
  ASSERT_EQ(form.files("other").size(), 1u);
  EXPECT_EQ(form.files("other")[0].file_name, "b.txt");
  EXPECT_EQ(form.files("other")[0].bytes, "x");
}

TEST(FormTest, MultipartQuotedBoundaryAndPreamble) {
  const std::string body =
      "ignored preamble\r\n"
      "--a b\r\n"
      "Content-Disposition: form-data; name=\"q\"\r\n"
      "\r\n"
      "1\r\n"
      "--a b--";
  Form form = Form::parse(post("multipart/form-data; boundary=\"a b\"", body));
  EXPECT_EQ(form.value("q"), "1");
}

TEST(FormTest, MultipartEmptyFileInputIsLeftOut) {
  const std::string body =
      "--XyZ123\r\n"
      "Content-Disposition: form-data; name=\"file\"; filename=\"\"\r\n"
      "Content-Type: application/octet-stream\r\n"
      "\r\n"
      "\r\n"
      "--XyZ123--\r\n";
  Form form = Form::parse(post(kMultipart, body));
  EXPECT_TRUE(form.files("file").empty());
  EXPECT_TRUE(form.empty());
}

TEST(FormTest, MultipartMalformedBodiesAreRefused) {
  // No boundary parameter.
  EXPECT_THROW(Form::parse(post("multipart/form-data", "--x\r\n")), InvalidInput);
  // Never closed.
  EXPECT_THROW(Form::parse(post(kMultipart, "--XyZ123\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1")),
               InvalidInput);
  // No Content-Disposition name.
  EXPECT_THROW(Form::parse(post(kMultipart, "--XyZ123\r\nContent-Disposition: form-data\r\n\r\n1\r\n--XyZ123--")),
               InvalidInput);
  // A field value that is not UTF-8.
  EXPECT_THROW(
      Form::parse(post(kMultipart, "--XyZ123\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n\xff\xfe\r\n--XyZ123--")),
      InvalidInput);
}

TEST(FormTest, CookiesAreParsedAndMalformedPairsSkipped) {
  auto cookies = parse_cookies("gk_session=abc; theme=\"large\";broken; =nameless;  gk_flash=%E5%B7%B2 ");
  ASSERT_EQ(cookies.size(), 3u);
  EXPECT_EQ(cookies[0], (std::pair<std::string, std::string>{"gk_session", "abc"}));
  EXPECT_EQ(cookies[1], (std::pair<std::string, std::string>{"theme", "large"}));
  EXPECT_EQ(cookies[2], (std::pair<std::string, std::string>{"gk_flash", "%E5%B7%B2"}));

  Request request;
  request.headers["cookie"] = "a=1; gk_session=tok";
  EXPECT_EQ(cookie(request, "gk_session"), std::optional<std::string>("tok"));
  EXPECT_EQ(cookie(request, "missing"), std::nullopt);
}

}  // namespace
}  // namespace gongkai::web
