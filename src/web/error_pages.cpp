#include "web/error_pages.h"

#include <nlohmann/json.hpp>

#include "core/html_escape.h"

namespace gongkai::web {


std::string_view error_code(int status) {
  switch (status) {
    case 400: return "bad_request";
    case 401: return "unauthorized";
    case 403: return "forbidden";
    case 404: return "not_found";
    case 405: return "method_not_allowed";
    case 408: return "request_timeout";
    case 409: return "conflict";
    case 413: return "payload_too_large";
    case 414: return "uri_too_long";
    case 422: return "unprocessable";
    case 429: return "too_many_requests";
    case 431: return "headers_too_large";
    case 503: return "unavailable";
    default: return status >= 500 ? "internal_error" : "bad_request";
  }
}

std::string_view default_error_message(int status) {
  switch (status) {
    case 400: return "请求无效";
    case 401: return "请先登录";
    case 403: return "没有权限访问此页面";
    case 404: return "页面不存在";
    case 405: return "不支持该请求方法";
    case 408: return "请求超时";
    case 409: return "操作与当前状态冲突";
    case 413: return "请求内容过大";
    case 414: return "请求地址过长";
    case 422: return "提交的内容无法处理";
    case 429: return "请求过于频繁，请稍后再试";
    case 431: return "请求头过大";
    case 503: return "服务暂时不可用，请稍后再试";
    default: return status >= 500 ? "服务器内部错误" : "请求无效";
  }
}

std::string builtin_error_page(int status, std::string_view message) {
  std::string title(default_error_message(status));
  std::string page;
  page.reserve(512 + message.size());
  page += "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n";
  page += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>";
  page += std::to_string(status);
  page += ' ';
  page += escape_html(title);
  page += "</title>\n</head>\n<body>\n<main>\n<h1>";
  page += escape_html(title);
  page += "</h1>\n";
  if (!message.empty() && message != title) {
    page += "<p>";
    page += escape_html(message);
    page += "</p>\n";
  }
  page += "<p><a href=\"/\">返回首页</a></p>\n</main>\n</body>\n</html>\n";
  return page;
}

std::string json_error_body(int status, std::string_view message) {
  nlohmann::json body = {{"error", {{"code", std::string(error_code(status))}, {"message", std::string(message)}}}};
  return body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

int refusal_status(const Refused& refusal, int invalid_input_status) {
  if (dynamic_cast<const NotFound*>(&refusal) != nullptr) return 404;
  if (dynamic_cast<const Forbidden*>(&refusal) != nullptr) return 403;
  if (dynamic_cast<const Conflict*>(&refusal) != nullptr) return 409;
  if (dynamic_cast<const TooManyRequests*>(&refusal) != nullptr) return 429;
  return invalid_input_status;
}

}  // namespace gongkai::web
