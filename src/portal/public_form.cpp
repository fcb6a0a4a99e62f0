#include "portal/public_form.h"

#include "core/errors.h"

namespace gongkai::portal {
namespace {

// "https://xxgk.example.gov.cn:8443" → "xxgk.example.gov.cn:8443".
std::string_view origin_host(std::string_view origin) {
  const size_t scheme_end = origin.find("://");
  if (scheme_end != std::string_view::npos) origin.remove_prefix(scheme_end + 3);
  const size_t path = origin.find('/');
  if (path != std::string_view::npos) origin = origin.substr(0, path);
  return origin;
}

bool is_urlencoded(const std::string& content_type) {
  const std::string_view type = std::string_view(content_type).substr(0, content_type.find(';'));
  std::string lower;
  for (char c : type) {
    if (c != ' ') lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return lower == "application/x-www-form-urlencoded";
}

}  // namespace

void check_public_origin(const web::Request& request) {
  const std::string origin = request.header("origin");
  if (!origin.empty() && origin != "null" && origin_host(origin) != request.header("host")) {
    throw Forbidden("请从本站页面提交表单");
  }
  if (origin == "null") throw Forbidden("请从本站页面提交表单");
}

PublicForm PublicForm::parse(const web::Request& request) {
  check_public_origin(request);
  if (!is_urlencoded(request.header("content-type"))) throw InvalidInput("表单格式不正确，请从本站页面提交");
  auto fields = web::parse_query_string(request.body);
  if (!fields) throw InvalidInput("表单内容无法识别，请从本站页面重新提交");
  PublicForm form;
  form.fields_ = std::move(*fields);
  return form;
}

std::string PublicForm::value(std::string_view name) const {
  for (const auto& [key, value] : fields_) {
    if (key == name) return value;
  }
  return "";
}

}  // namespace gongkai::portal
