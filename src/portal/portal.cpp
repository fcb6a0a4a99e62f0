#include "portal/portal.h"

#include <spdlog/spdlog.h>

#include "portal/page.h"
#include "portal/routes.h"
#include "core/html_escape.h"
#include "render/templates.h"

namespace gongkai::portal {

namespace {

// Pages may be up to one second old; at most 2048 pages and 32 MiB.
constexpr std::chrono::milliseconds kPageTimeToLive{1000};
constexpr size_t kCachedPages = 2048;
constexpr size_t kCachedBytes = 32 * 1024 * 1024;

}  // namespace

void register_portal_routes(web::Router& router, app::App& app) {
  auto cache = std::make_shared<PageCache>(kPageTimeToLive, kCachedPages, kCachedBytes);
  register_home_routes(router, app, cache);
  register_disclosure_routes(router, app, cache);
  register_catalogue_routes(router, app, cache);
  register_item_routes(router, app, cache);
  register_search_routes(router, app);
  register_feed_routes(router, app, cache);
  register_utility_routes(router, app);
  register_engagement_routes(router, app);
  register_request_routes(router, app);
  register_assistance_routes(router, app, cache);
  register_social_organisation_routes(router, app);
  register_credit_routes(router, app);
  register_proposal_routes(router, app);
  register_service_routes(router, app);
  register_annual_report_routes(router, app);
}

namespace {

std::string minimal_error_page(int status, const std::string& message) {
  return "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>" + std::to_string(status) +
         " 出错了</title></head><body><main id=\"main\"><h1>" + std::to_string(status) + "</h1><p>" +
         escape_html(message) + "</p><p><a href=\"/\">返回首页</a></p></main></body></html>\n";
}

// The heading of an error page: what the status means, in Chinese.
std::string status_title(int status) {
  switch (status) {
    case 400: return "请求有误";
    case 403: return "禁止访问";
    case 404: return "页面不存在";
    case 405: return "不支持该请求方式";
    case 409: return "请求与当前状态冲突";
    case 413: return "提交的内容过大";
    case 414: return "网址过长";
    case 431: return "请求头过大";
    case 500: return "服务器内部错误";
    case 503: return "服务暂不可用";
    default: return "出错了";
  }
}

}  // namespace

std::string render_error_page(app::App& app, int status, const std::string& message) {
  try {
    org::Agency agency = app.portal_agency();
    std::string title = status_title(status);
    nlohmann::json content = {{"status", status}, {"title", title}, {"message", message}};
    PageMeta meta{title, "", {{title, ""}}, status};
    return render_page_body(app, agency, "portal/error", std::move(content), meta, false, "/");
  } catch (const std::exception& error) {
    spdlog::warn("error page fell back to the minimal page: {}", error.what());
    return minimal_error_page(status, message);
  }
}

}  // namespace gongkai::portal
