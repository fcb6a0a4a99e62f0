// gongkai/web/error_pages.h
//
// What an error looks like to the user: the machine code and the default
// Chinese message for a status, the built-in minimal HTML page (lang="zh-CN")
// and the JSON body used under /api/:
//   {"error":{"code":"not_found","message":"页面不存在"}}
#pragma once

#include <string>
#include <string_view>

#include "core/errors.h"

namespace gongkai::web {

// The status of a refusal (core/errors.h): 403 Forbidden, 404 NotFound,
// 409 Conflict, 429 TooManyRequests, and `invalid_input_status` for
// InvalidInput (400 for a bad request; 422 for a well-formed form refused).
int refusal_status(const Refused& refusal, int invalid_input_status = 400);

// "bad_request", "forbidden", "not_found", "method_not_allowed", "conflict",
// "payload_too_large", "uri_too_long", "headers_too_large", "internal_error" …
std::string_view error_code(int status);

// "请求无效", "页面不存在", "请求内容过大", "请求头过大", "服务器内部错误" …
std::string_view default_error_message(int status);

// A complete, valid HTML5 page; `message` is escaped here.
std::string builtin_error_page(int status, std::string_view message);

std::string json_error_body(int status, std::string_view message);

}  // namespace gongkai::web
