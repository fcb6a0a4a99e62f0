// /xxgk/item/{id}: metadata block, body, attachments, linked 政策解读;
// /xxgk/file/{id}: the download with its RFC 5987 file name.
#include <gtest/gtest.h>

#include "http/portal_fixture.h"

namespace gongkai::testing {
namespace {

class PortalItemTest : public ::testing::Test {
 protected:
  PortalServer& server_ = PortalServer::instance();
  std::string item(int64_t id) const { return "/xxgk/item/" + std::to_string(id); }
};

std::string metadata_row(const std::string& label, const std::string& value) {
  return "<tr><th scope=\"row\">" + label + "</th><td>" + value + "</td></tr>";
}

TEST_F(PortalItemTest, PolicyShowsTheWholeMetadataBlockInOrder) {
  auto reply = server_.get(item(server_.ids().policy));
  ASSERT_EQ(reply.status, 200);
  std::string body = reply.decoded_body();
  EXPECT_NE(body.find("<title>关于促进慈善事业健康发展的实施意见 - 吴忠市民政局政府信息公开</title>"), std::string::npos);
  EXPECT_NE(body.find("<caption>信息元数据</caption>"), std::string::npos);
  // The policy is the second item of 2017 by 成文日期 year (rules first): serial 00002.
  std::vector<std::string> rows = {
      metadata_row("索引号", "000014349/2017-00002"),
      metadata_row("主题分类", "民政、扶贫、救灾"),
      metadata_row("体裁分类", "意见"),
      metadata_row("发布机构", "吴忠市民政局"),
      metadata_row("成文日期", "2017-03-20"),
      metadata_row("发布日期", "2017-03-26"),
      metadata_row("文号", "吴民发〔2017〕12号"),
      metadata_row("有效性", "有效"),
      metadata_row("公开属性", "主动公开"),
      metadata_row("内容概述", "促进慈善事业健康发展的具体措施。"),
  };
  size_t last = 0;
  for (const auto& row : rows) {
    size_t at = body.find(row);
    ASSERT_NE(at, std::string::npos) << row;
    EXPECT_GT(at, last) << row;
    last = at;
  }
  EXPECT_NE(body.find("<h1>关于促进慈善事业健康发展的实施意见</h1>"), std::string::npos);
  EXPECT_NE(body.find("<p>第一段：鼓励社会各界参与慈善。</p>\n<p>第二段：加强慈善组织监管。</p>"), std::string::npos);
}

TEST_F(PortalItemTest, PolicyLinksItsAttachmentAndInterpretation) {
  std::string body = server_.get(item(server_.ids().policy)).decoded_body();
  EXPECT_NE(body.find("<a href=\"/xxgk/file/" + std::to_string(server_.ids().policy_attachment) +
                      "\">实施意见全文.pdf</a> <span class=\"size\">（13 B）</span>"),
            std::string::npos);
  EXPECT_NE(body.find("<h2 id=\"interpretations-title\">政策解读</h2>"), std::string::npos);
  EXPECT_NE(body.find("<a href=\"" + item(server_.ids().interpretation) +
                      "\">《关于促进慈善事业健康发展的实施意见》政策解读</a>"),
            std::string::npos);
}

TEST_F(PortalItemTest, InterpretationLinksBackToItsPolicy) {
  std::string body = server_.get(item(server_.ids().interpretation)).decoded_body();
  EXPECT_NE(body.find("<h2 id=\"policies-title\">被解读的政策</h2>"), std::string::npos);
  EXPECT_NE(body.find("<a href=\"" + item(server_.ids().policy) + "\">关于促进慈善事业健康发展的实施意见</a>"),
            std::string::npos);
}

TEST_F(PortalItemTest, EmptyDocNumberShowsNone) {
  std::string body = server_.get(item(server_.ids().interpretation)).decoded_body();
  EXPECT_NE(body.find(metadata_row("文号", "无")), std::string::npos);
}

TEST_F(PortalItemTest, MarkupInTitleIsEscaped) {
  std::string body = server_.get(item(server_.ids().markup)).decoded_body();
  EXPECT_NE(body.find("<h1>&lt;b&gt;加粗&lt;/b&gt;标题测试</h1>"), std::string::npos);
  EXPECT_EQ(body.find("<b>加粗"), std::string::npos);
}

TEST_F(PortalItemTest, PartialItemShowsOnlyThePublicBody) {
  std::string body = server_.get(item(server_.ids().partial)).decoded_body();
  EXPECT_NE(body.find("<p>临时救助对象名单（已删减）。</p>"), std::string::npos);
  EXPECT_NE(body.find(metadata_row("公开属性", "部分公开")), std::string::npos);
  EXPECT_EQ(body.find(kPartialOriginalWord), std::string::npos);
}

TEST_F(PortalItemTest, NonNumericOrUnknownIdIs404) {
  for (const char* id : {"abc", "0", "-5", "12abc", "99999999", "1%27%20OR%201%3D1"}) {
    EXPECT_EQ(server_.get(std::string("/xxgk/item/") + id).status, 404) << id;
  }
}

TEST_F(PortalItemTest, AttachmentDownloadNamesTheFileInUtf8) {
  auto reply = server_.get("/xxgk/file/" + std::to_string(server_.ids().policy_attachment));
  ASSERT_EQ(reply.status, 200);
  EXPECT_EQ(reply.decoded_body(), "%PDF-1.4 test");
  EXPECT_EQ(reply.header("content-type"), "application/pdf");
  // 实施意见全文 = E5AE9E E696BD E6848F E8A781 E585A8 E69687 (UTF-8), six characters.
  EXPECT_EQ(reply.header("content-disposition"),
            "attachment; filename=\"______.pdf\"; "
            "filename*=UTF-8''%E5%AE%9E%E6%96%BD%E6%84%8F%E8%A7%81%E5%85%A8%E6%96%87.pdf");
}

TEST_F(PortalItemTest, AttachmentOfNonPublicItemIs404) {
  EXPECT_EQ(server_.get("/xxgk/file/" + std::to_string(server_.ids().hidden_attachment)).status, 404);
  EXPECT_EQ(server_.get("/xxgk/file/abc").status, 404);
  EXPECT_EQ(server_.get("/xxgk/file/999999").status, 404);
}

}  // namespace
}  // namespace gongkai::testing
