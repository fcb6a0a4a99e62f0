#include "http/portal_fixture.h"

#include <unistd.h>

#include <filesystem>
#include <memory>
#include <stdexcept>
#include <thread>

#include "api/api.h"
#include "http/test_site_fixture.h"
#include "app/app.h"
#include "audit/audit_log.h"
#include "catalog/catalog_commands.h"
#include "org/agency_repository.h"
#include "portal/portal.h"
#include "web/http.h"
#include "web/router.h"
#include "web/server.h"

#ifndef GONGKAI_SOURCE_DIR
#error "GONGKAI_SOURCE_DIR must name the source tree (templates/, static/, data/)"
#endif

namespace gongkai::testing {

namespace {

const audit::Actor kActor{"tester", "127.0.0.1"};

catalog::NewItem make_item(int64_t agency, const std::string& category, const std::string& title,
                           const std::string& date) {
  catalog::NewItem item;
  item.agency_id = agency;
  item.category_code = category;
  item.title = title;
  item.written_date = date;
  item.published_date = date;
  item.topic = "民政、扶贫、救灾";
  item.genre = "通知";
  item.summary = "测试概述";
  item.body = "正文。";
  return item;
}

std::string two_digits(int n) { return (n < 10 ? "0" : "") + std::to_string(n); }

PortalIds seed(store::Connection& c) {
  PortalIds ids;
  org::Agency agency;
  agency.code = "wzsmzj";
  agency.name = "吴忠市民政局";
  agency.index_code = "000014349";
  agency.index_pattern = "{code}/{year}-{serial:5}";
  agency.website = kSiteUrl;
  agency.office = {"吴忠市民政局办公室", "宁夏吴忠市利通区明珠西路23号", "0953-2036045", "0953-2036046",
                   "751100", "wzsmzjbgswf@163.com", "工作日上午8:30-12:00，下午14:30-18:00"};
  ids.agency = org::create_agency(c, kActor, agency);
  org::put_guide_section(c, kActor, ids.agency,
                         {"scope", "一、公开范围", "本机关主动公开的政府信息。\n\n依申请公开的政府信息。"}, 1);
  org::put_guide_section(c, kActor, ids.agency, {"fees", "二、收费标准", "依申请提供政府信息，不收取费用。"}, 2);
  org::put_guide_section(c, kActor, ids.agency, {"office", "三、受理机构", "本局办公室受理申请，联系方式如下："}, 3);

  catalog::create_category(c, kActor, {ids.agency, "gkzd", std::nullopt, "公开制度", ""});
  catalog::create_category(c, kActor, {ids.agency, "zcwj", std::nullopt, "政策文件", "本机关制发的规范性文件"});
  catalog::create_category(c, kActor, {ids.agency, "zcjd", std::nullopt, "政策解读", ""});
  catalog::create_category(c, kActor, {ids.agency, "zdly", std::nullopt, "重点领域信息", ""});
  catalog::create_category(c, kActor, {ids.agency, "shjz", std::string("zdly"), "社会救助", ""});

  auto rules = make_item(ids.agency, "gkzd", "吴忠市民政局政务公开制度", "2017-02-10");
  rules.doc_number = "吴民发〔2017〕3号";
  ids.rules = catalog::create_item(c, kActor, rules);

  auto policy = make_item(ids.agency, "zcwj", "关于促进慈善事业健康发展的实施意见", "2017-03-26");
  policy.written_date = "2017-03-20";
  policy.doc_number = "吴民发〔2017〕12号";
  policy.genre = "意见";
  policy.summary = "促进慈善事业健康发展的具体措施。";
  policy.body = "第一段：鼓励社会各界参与慈善。\n\n第二段：加强慈善组织监管。";
  ids.policy = catalog::create_item(c, kActor, policy);
  ids.policy_attachment = catalog::add_attachment(c, kActor, ids.policy, "实施意见全文.pdf", "%PDF-1.4 test");

  auto interpretation =
      make_item(ids.agency, "zcjd", "《关于促进慈善事业健康发展的实施意见》政策解读", "2017-03-27");
  interpretation.genre = "解读";
  ids.interpretation = catalog::create_item(c, kActor, interpretation);
  catalog::link_interpretation(c, kActor, ids.interpretation, ids.policy);

  auto partial = make_item(ids.agency, "shjz", "2017年第一季度临时救助名单", "2017-04-15");
  partial.attribute = "部分公开";
  partial.body = std::string("临时救助对象名单。") + kPartialOriginalWord + "。";
  partial.public_body = "临时救助对象名单（已删减）。";
  ids.partial = catalog::create_item(c, kActor, partial);

  ids.markup = catalog::create_item(c, kActor, make_item(ids.agency, "zcwj", "<b>加粗</b>标题测试", "2017-05-01"));

  auto on_request = make_item(ids.agency, "zcwj", kOnRequestTitle, "2017-03-01");
  on_request.published_date = "";
  on_request.attribute = "依申请公开";
  on_request.withholding_ground = "art16_internal_affairs";
  ids.on_request = catalog::create_item(c, kActor, on_request);
  ids.hidden_attachment = catalog::add_attachment(c, kActor, ids.on_request, "内部文件.pdf", "%PDF-1.4 hidden");

  auto withheld = make_item(ids.agency, "shjz", kWithheldTitle, "2017-03-02");
  withheld.published_date = "";
  withheld.attribute = "不予公开";
  withheld.withholding_ground = "art15_third_party";
  ids.withheld = catalog::create_item(c, kActor, withheld);

  for (int n = 1; n <= 25; ++n) {
    std::string date = "2016-" + two_digits((n - 1) / 3 + 1) + "-" + two_digits(1 + ((n - 1) % 3) * 10);
    int64_t id = catalog::create_item(
        c, kActor, make_item(ids.agency, "shjz", "2016年社会救助资金发放情况第" + two_digits(n) + "期", date));
    if (n == 1) ids.series_first = id;
  }
  return ids;
}

}  // namespace

struct PortalServerStarter {
  TestSite site{"portal", [](app::AppConfig& config) { config.site_url = kSiteUrl; }};

  explicit PortalServerStarter(PortalServer& shared) {
    auto* app = &site.app();
    {
      auto c = app->database().lease();
      store::Transaction t(*c);
      shared.ids_ = seed(*c);
      t.commit();
    }
    app->sync_search();
    portal::register_portal_routes(site.router(), *app);
    api::register_api_routes(site.router(), *app);
    shared.port_ = site.serve();
  }
};

PortalServer& PortalServer::instance() {
  static PortalServer shared;
  static PortalServerStarter starter(shared);
  return shared;
}

HttpReply PortalServer::get(const std::string& target, const HeaderList& headers) const {
  auto reply = http_request(port_, "GET", target, headers);
  if (!reply) throw std::runtime_error("no response for " + target);
  return *reply;
}

std::string url_encode(const std::string& text) { return web::percent_encode(text); }

size_t count_of(const std::string& haystack, const std::string& needle) {
  size_t count = 0;
  for (size_t pos = haystack.find(needle); pos != std::string::npos; pos = haystack.find(needle, pos + needle.size())) {
    ++count;
  }
  return count;
}

}  // namespace gongkai::testing
