// 互动交流 on the portal, over HTTP: the pages, what they show and never
// show (contacts, writers' personal data, unpublished records), the comment
// and letter forms with their refusals, and the tracking-code lookup.
#include <gtest/gtest.h>

#include <regex>

#include "engagement/engagement_server_fixture.h"

namespace gongkai::testing {
namespace {

const EngagementServer& server() { return EngagementServer::instance(); }
const EngagementIds& ids() { return server().ids(); }

std::string consultation(int64_t id) { return "/hdjl/yjzj/" + std::to_string(id); }

bool has(const std::string& body, const std::string& text) { return body.find(text) != std::string::npos; }

int64_t count_rows(const std::string& sql) {
  auto c = server().app().database().lease();
  return c->query_one(sql)->integer(0);
}

TEST(PortalEngagement, NavigationLeadsToInteraction) {
  const auto home = server().get("/");
  EXPECT_TRUE(has(home.decoded_body(), "<a href=\"/hdjl/\">互动交流</a>"));
  const auto page = server().get("/hdjl/");
  EXPECT_EQ(page.status, 200);
  const std::string body = page.decoded_body();
  EXPECT_TRUE(has(body, "<a href=\"/hdjl/\" aria-current=\"page\">互动交流</a>"));
  EXPECT_TRUE(has(body, "吴忠市促进养老服务业发展行动计划（征求意见稿）"));
  EXPECT_TRUE(has(body, "关于富康小区养老服务站的建议"));
  EXPECT_TRUE(has(body, "15个工作日内答复"));
}

TEST(PortalEngagement, ListShowsPublishedConsultationsWithTheirPhase) {
  const auto reply = server().get("/hdjl/yjzj/");
  ASSERT_EQ(reply.status, 200);
  const std::string body = reply.decoded_body();
  EXPECT_TRUE(has(body, "<span class=\"phase phase-open\">征集中</span>"));
  EXPECT_TRUE(has(body, "<span class=\"phase phase-closed\">已结束</span>"));
  EXPECT_TRUE(has(body, "<span class=\"phase phase-not_started\">未开始</span>"));
  EXPECT_TRUE(has(body, "2017年4月1日至2017年4月30日"));
  EXPECT_FALSE(has(body, "未发布的征集甲乙"));
}

TEST(PortalEngagement, OpenConsultationShowsDraftBackgroundBasisCommentsAndForm) {
  const auto reply = server().get(consultation(ids().open));
  ASSERT_EQ(reply.status, 200);
  const std::string body = reply.decoded_body();
  EXPECT_TRUE(has(body, "<h2>起草背景</h2><p>老龄化加快，养老服务需求增长。</p>"));
  EXPECT_TRUE(has(body, "<h2>决策依据</h2><p>《国务院关于加快发展养老服务业的若干意见》</p>"));
  EXPECT_TRUE(has(body, "王*红"));
  EXPECT_TRUE(has(body, "建议增加农村老年饭桌。"));
  EXPECT_FALSE(has(body, kCommenterName));
  EXPECT_FALSE(has(body, kCommenterContact));
  EXPECT_TRUE(has(body, "<form method=\"post\" action=\"/hdjl/yjzj/" + std::to_string(ids().open) + "/comment\">"));
  EXPECT_FALSE(has(body, "<script"));
}

TEST(PortalEngagement, ClosedConsultationShowsAdoptionAndThePolicyButNoForm) {
  const auto reply = server().get(consultation(ids().closed));
  ASSERT_EQ(reply.status, 200);
  const std::string body = reply.decoded_body();
  EXPECT_TRUE(has(body, "<h2>采纳情况</h2>"));
  EXPECT_TRUE(has(body, "共收到意见1条，采纳1条。"));
  EXPECT_TRUE(has(body, "公布日期：2017年5月10日"));
  EXPECT_TRUE(has(body, "<a href=\"/xxgk/item/" + std::to_string(ids().policy) + "\">关于促进慈善事业健康发展的实施意见</a>"));
  EXPECT_TRUE(has(body, "匿名"));
  EXPECT_TRUE(has(body, "<span class=\"adoption-mark\">采纳</span>"));
  EXPECT_TRUE(has(body, "本次意见征集已于2017年4月30日截止"));
  EXPECT_FALSE(has(body, "<form method=\"post\""));
}

TEST(PortalEngagement, ThePolicyPageLinksBackToItsConsultation) {
  const auto reply = server().get("/xxgk/item/" + std::to_string(ids().policy));
  ASSERT_EQ(reply.status, 200);
  EXPECT_TRUE(has(reply.decoded_body(), "<h2 id=\"consultations-title\">公开征求意见</h2>"));
  EXPECT_TRUE(has(reply.decoded_body(), "<a href=\"" + consultation(ids().closed) +
                                            "\">关于促进慈善事业健康发展的实施意见（征求意见稿）</a>"));
}

TEST(PortalEngagement, UnpublishedOrUnknownConsultationIsNotFound) {
  EXPECT_EQ(server().get(consultation(ids().unpublished)).status, 404);
  EXPECT_EQ(server().get(consultation(ids().closed + 1000)).status, 404);
  EXPECT_EQ(server().get("/hdjl/yjzj/abc").status, 404);
}

TEST(PortalEngagement, CommentIsThankedAndWaitsForModeration) {
  const auto reply = server().post_form(consultation(ids().open) + "/comment",
                                        "name=" + form_encode("赵六") + "&contact=" + form_encode("zl@example.com") +
                                            "&body=" + form_encode("建议延长日间照料中心开放时间甲乙丙。") + "&website=");
  ASSERT_EQ(reply.status, 303);
  EXPECT_EQ(reply.header("location"), consultation(ids().open) + "?submitted=1#comment-result");
  const std::string page = server().get(consultation(ids().open) + "?submitted=1").decoded_body();
  EXPECT_TRUE(has(page, "感谢您的意见！"));
  EXPECT_FALSE(has(page, "建议延长日间照料中心开放时间甲乙丙。"));  // pending
  EXPECT_FALSE(has(page, "zl@example.com"));
  EXPECT_EQ(count_rows("SELECT COUNT(*) FROM consultation_comments WHERE contact = 'zl@example.com'"), 1);
}

TEST(PortalEngagement, EmptyCommentIsRefusedWithTheInputKept) {
  const auto reply = server().post_form(consultation(ids().open) + "/comment",
                                        "name=" + form_encode("钱七") + "&contact=" + form_encode("qq@example.com") +
                                            "&body=+++");
  EXPECT_EQ(reply.status, 422);
  const std::string body = reply.decoded_body();
  EXPECT_TRUE(has(body, "<p class=\"error\" role=\"alert\">意见内容不能为空</p>"));
  EXPECT_TRUE(has(body, "value=\"钱七\""));
  EXPECT_TRUE(has(body, "value=\"qq@example.com\""));
  EXPECT_EQ(reply.header("cache-control"), "no-store");
}

TEST(PortalEngagement, CommentOutsideThePeriodIsRefused) {
  const auto closed = server().post_form(consultation(ids().closed) + "/comment", "body=" + form_encode("迟到的意见"));
  EXPECT_EQ(closed.status, 409);
  EXPECT_TRUE(has(closed.decoded_body(), "意见征集已于2017年4月30日截止，不再接收意见"));
  const auto early = server().post_form(consultation(ids().upcoming) + "/comment", "body=" + form_encode("提前的意见"));
  EXPECT_EQ(early.status, 409);
  EXPECT_TRUE(has(early.decoded_body(), "意见征集尚未开始"));
  EXPECT_EQ(server().post_form(consultation(ids().unpublished) + "/comment", "body=x").status, 404);
}

TEST(PortalEngagement, PostsFromAnotherSiteOrInAnotherFormatAreRefused) {
  const std::string target = consultation(ids().open) + "/comment";
  EXPECT_EQ(server().post_form(target, "body=x", {{"Origin", "https://evil.example"}}).status, 403);
  auto json = http_request(server().port(), "POST", target, {{"Content-Type", "application/json"}}, "{\"body\":\"x\"}");
  ASSERT_TRUE(json);
  EXPECT_EQ(json->status, 400);
  EXPECT_EQ(count_rows("SELECT COUNT(*) FROM consultation_comments WHERE body = 'x'"), 0);
}

TEST(PortalEngagement, HoneypotLooksAcceptedButStoresNothing) {
  const auto reply = server().post_form(consultation(ids().open) + "/comment",
                                        "body=" + form_encode("机器人广告戊己") + "&website=" + form_encode("http://spam.example"));
  EXPECT_EQ(reply.status, 303);
  EXPECT_EQ(count_rows("SELECT COUNT(*) FROM consultation_comments WHERE body LIKE '%机器人广告戊己%'"), 0);
}

TEST(PortalEngagement, TooManyCommentsFromOneAddressAreRefused) {
  int accepted = 0;
  HttpReply last;
  for (int i = 0; i < 7; ++i) {
    last = server().post_form(consultation(ids().open) + "/comment",
                              "body=" + form_encode("第" + std::to_string(i) + "条意见"));
    if (last.status != 303) break;
    ++accepted;
  }
  EXPECT_LE(accepted, 5);
  EXPECT_EQ(last.status, 429);
  EXPECT_TRUE(has(last.decoded_body(), "提交过于频繁：同一网络地址60分钟内最多提交5条意见，请稍后再试。"));
}

TEST(PortalEngagement, LetterGetsATrackingCodeThatFindsItsStatus) {
  const auto reply = server().post_form(
      "/hdjl/xzxx/", "name=" + form_encode("孙八") + "&phone=0953-1234567&email=&address=&subject=" +
                         form_encode("关于社区养老驿站的咨询") + "&body=" + form_encode("请问如何申请？"));
  ASSERT_EQ(reply.status, 200);
  EXPECT_FALSE(reply.has_header("location"));
  EXPECT_EQ(reply.header("cache-control"), "no-store");
  const std::string body = reply.decoded_body();
  std::smatch code;
  ASSERT_TRUE(std::regex_search(body, code, std::regex("<strong>([2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4})</strong>")));
  const auto status = server().post_form("/hdjl/xzxx/cx", "code=" + form_encode(code[1].str()));
  ASSERT_EQ(status.status, 200);
  const std::string status_page = status.decoded_body();
  EXPECT_TRUE(has(status_page, "关于社区养老驿站的咨询"));
  EXPECT_TRUE(has(status_page, "<dt>办理状态</dt><dd>待分办</dd>"));
  EXPECT_FALSE(has(status_page, "孙八"));
  EXPECT_FALSE(has(status_page, "0953-1234567"));
}

TEST(PortalEngagement, UnknownTrackingCodeIsNotFoundWithAMessage) {
  const auto reply = server().post_form("/hdjl/xzxx/cx", "code=2345-6789-ABCD");
  EXPECT_EQ(reply.status, 404);
  EXPECT_TRUE(has(reply.decoded_body(), "未找到该查询码对应的来信"));
  EXPECT_TRUE(has(reply.decoded_body(), "value=\"2345-6789-ABCD\""));
}

TEST(PortalEngagement, LetterWithoutContactIsRefusedWithTheInputKept) {
  const auto reply = server().post_form("/hdjl/xzxx/", "name=" + form_encode("周九") + "&subject=" +
                                                           form_encode("标题甲") + "&body=" + form_encode("内容乙"));
  EXPECT_EQ(reply.status, 422);
  const std::string body = reply.decoded_body();
  EXPECT_TRUE(has(body, "请填写联系电话或电子邮箱，以便答复"));
  EXPECT_TRUE(has(body, "value=\"周九\""));
  EXPECT_TRUE(has(body, ">内容乙</textarea>"));
}

TEST(PortalEngagement, PublishedExchangeIsMaskedAndUnpublishedOnesAreHidden) {
  const std::string list = server().get("/hdjl/xzxx/").decoded_body();
  EXPECT_TRUE(has(list, "关于富康小区养老服务站的建议"));
  EXPECT_FALSE(has(list, "未公开的来信丙丁"));
  const auto page = server().get("/hdjl/xzxx/" + std::to_string(ids().published_letter));
  ASSERT_EQ(page.status, 200);
  const std::string body = page.decoded_body();
  EXPECT_TRUE(has(body, "我是富康小区居民张*明，电话138****5678，建议增设助餐点。"));
  EXPECT_TRUE(has(body, "张*明同志：您好！已安排增设助餐点。"));
  EXPECT_FALSE(has(body, kLetterWriterName));
  EXPECT_FALSE(has(body, kLetterWriterPhone));
  EXPECT_EQ(server().get("/hdjl/xzxx/" + std::to_string(ids().unpublished_letter)).status, 404);
}

TEST(PortalEngagement, NoPublicPageCarriesContactsOrTrackingCodes) {
  for (const std::string& target :
       {std::string("/hdjl/"), std::string("/hdjl/yjzj/"), consultation(ids().open), consultation(ids().closed),
        std::string("/hdjl/xzxx/"), "/hdjl/xzxx/" + std::to_string(ids().published_letter)}) {
    const std::string body = server().get(target).decoded_body();
    EXPECT_FALSE(has(body, kCommenterContact)) << target;
    EXPECT_FALSE(has(body, kLetterWriterPhone)) << target;
    EXPECT_FALSE(has(body, "lisi@example.com")) << target;
    EXPECT_FALSE(has(body, ids().unpublished_letter_code)) << target;
  }
}

}  // namespace
}  // namespace gongkai::testing
