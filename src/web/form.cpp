#include "web/form.h"

#include <algorithm>
#include <cctype>

#include "core/errors.h"
#include "core/text.h"

namespace gongkai::web {
namespace {

constexpr size_t kMaxParts = 1000;

std::string lower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
  return out;
}

std::string_view trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

// A header value's main token and its ;-separated parameters (names
// lower-cased, quoted strings unquoted): `form-data; name="a"; filename="b"`.
struct HeaderValue {
  std::string token;
  std::vector<std::pair<std::string, std::string>> params;

  std::optional<std::string> param(std::string_view name) const {
    for (const auto& [key, value] : params) {
      if (key == name) return value;
    }
    return std::nullopt;
  }
};

// Reads a quoted string starting after the opening quote; \" stands for a
// quote, and any other backslash is itself (browsers send Windows paths
// with bare backslashes). Advances `pos` past the closing quote.
std::string read_quoted(std::string_view text, size_t& pos) {
  std::string out;
  while (pos < text.size() && text[pos] != '"') {
    if (text[pos] == '\\' && pos + 1 < text.size() && text[pos + 1] == '"') ++pos;
    out += text[pos++];
  }
  if (pos < text.size()) ++pos;  // the closing quote
  return out;
}

HeaderValue parse_header_value(std::string_view text) {
  HeaderValue result;
  size_t pos = text.find(';');
  result.token = lower(trim(text.substr(0, pos)));
  while (pos != std::string_view::npos && pos < text.size()) {
    ++pos;  // past ';'
    while (pos < text.size() && (text[pos] == ' ' || text[pos] == '\t')) ++pos;
    const size_t eq = text.find('=', pos);
    if (eq == std::string_view::npos) break;
    std::string name = lower(trim(text.substr(pos, eq - pos)));
    pos = eq + 1;
    while (pos < text.size() && (text[pos] == ' ' || text[pos] == '\t')) ++pos;
    std::string value;
    if (pos < text.size() && text[pos] == '"') {
      ++pos;
      value = read_quoted(text, pos);
      pos = text.find(';', pos);
    } else {
      const size_t end = text.find(';', pos);
      value = std::string(trim(text.substr(pos, end == std::string_view::npos ? std::string_view::npos : end - pos)));
      pos = end;
    }
    result.params.emplace_back(std::move(name), std::move(value));
  }
  return result;
}

// "C:\\Users\\a\\报告.pdf" → "报告.pdf".
std::string strip_path(std::string_view name) {
  const size_t slash = name.find_last_of("/\\");
  if (slash != std::string_view::npos) name.remove_prefix(slash + 1);
  return std::string(name);
}

[[noreturn]] void malformed() { throw InvalidInput("表单数据格式错误"); }

void require_utf8(std::string_view text) {
  if (!is_valid_utf8(text)) throw InvalidInput("表单内容不是有效的UTF-8文本");
}

// One part of a multipart body: its headers (names lower-cased) and content.
void add_part(Form& form, std::string_view headers_text, std::string_view content) {
  std::optional<HeaderValue> disposition;
  std::string content_type;
  while (!headers_text.empty()) {
    size_t end = headers_text.find("\r\n");
    std::string_view line = headers_text.substr(0, end);
    headers_text = end == std::string_view::npos ? std::string_view() : headers_text.substr(end + 2);
    const size_t colon = line.find(':');
    if (colon == std::string_view::npos) malformed();
    const std::string name = lower(trim(line.substr(0, colon)));
    const std::string_view value = trim(line.substr(colon + 1));
    if (name == "content-disposition") disposition = parse_header_value(value);
    if (name == "content-type") content_type = std::string(value);
  }
  if (!disposition || disposition->token != "form-data") malformed();
  const auto name = disposition->param("name");
  if (!name) malformed();
  require_utf8(*name);
  if (const auto file_name = disposition->param("filename")) {
    require_utf8(*file_name);
    if (file_name->empty() && content.empty()) return;  // an empty file input
    form.add_file({*name, strip_path(*file_name), content_type, std::string(content)});
    return;
  }
  require_utf8(content);
  form.add(*name, std::string(content));
}

Form parse_multipart(std::string_view body, const std::string& boundary) {
  if (boundary.empty() || boundary.size() > 200) malformed();
  const std::string delimiter = "--" + boundary;
  Form form;
  size_t pos = body.find(delimiter);
  if (pos == std::string_view::npos) malformed();
  if (pos != 0 && (pos < 2 || body.substr(pos - 2, 2) != "\r\n")) malformed();
  size_t parts = 0;
  while (true) {
    pos += delimiter.size();
    if (body.substr(pos, 2) == "--") return form;  // the close delimiter
    while (pos < body.size() && (body[pos] == ' ' || body[pos] == '\t')) ++pos;  // transport padding
    if (body.substr(pos, 2) != "\r\n") malformed();
    pos += 2;
    const size_t headers_end = body.find("\r\n\r\n", pos);
    const size_t next = body.find("\r\n" + delimiter, pos);
    if (next == std::string_view::npos) malformed();
    std::string_view headers_text;
    size_t content_start = 0;
    if (body.substr(pos, 2) == "\r\n") {  // a part without headers
      content_start = pos + 2;
    } else {
      if (headers_end == std::string_view::npos || headers_end > next) malformed();
      headers_text = body.substr(pos, headers_end - pos);
      content_start = headers_end + 4;
    }
    if (++parts > kMaxParts) throw InvalidInput("表单字段过多");
    add_part(form, headers_text, body.substr(content_start, next - content_start));
    pos = next + 2;
  }
}

Form parse_urlencoded(std::string_view body) {
  auto pairs = parse_query_string(body);
  if (!pairs) throw InvalidInput("表单数据格式错误或不是有效的UTF-8文本");
  Form form;
  for (auto& [name, value] : *pairs) form.add(std::move(name), std::move(value));
  return form;
}

}  // namespace

Form Form::parse(const Request& request) {
  const std::string content_type = request.header("content-type");
  if (content_type.empty()) {
    if (request.body.empty()) return Form();
    throw InvalidInput("不支持的表单类型");
  }
  const HeaderValue type = parse_header_value(content_type);
  if (type.token == "application/x-www-form-urlencoded") return parse_urlencoded(request.body);
  if (type.token == "multipart/form-data") return parse_multipart(request.body, type.param("boundary").value_or(""));
  throw InvalidInput("不支持的表单类型");
}

std::optional<std::string> Form::find(std::string_view name) const {
  for (const auto& [key, value] : fields_) {
    if (key == name) return value;
  }
  return std::nullopt;
}

std::string Form::value(std::string_view name) const { return find(name).value_or(""); }

std::vector<std::string> Form::values(std::string_view name) const {
  std::vector<std::string> out;
  for (const auto& [key, value] : fields_) {
    if (key == name) out.push_back(value);
  }
  return out;
}

std::vector<UploadedFile> Form::files(std::string_view name) const {
  std::vector<UploadedFile> out;
  for (const auto& file : files_) {
    if (file.field == name) out.push_back(file);
  }
  return out;
}

std::vector<std::pair<std::string, std::string>> parse_cookies(std::string_view header) {
  std::vector<std::pair<std::string, std::string>> out;
  while (!header.empty()) {
    const size_t semicolon = header.find(';');
    std::string_view piece = trim(header.substr(0, semicolon));
    header = semicolon == std::string_view::npos ? std::string_view() : header.substr(semicolon + 1);
    const size_t eq = piece.find('=');
    if (eq == std::string_view::npos || eq == 0) continue;
    std::string_view name = trim(piece.substr(0, eq));
    std::string_view value = trim(piece.substr(eq + 1));
    if (name.empty()) continue;
    if (value.size() >= 2 && value.front() == '"' && value.back() == '"') value = value.substr(1, value.size() - 2);
    out.emplace_back(std::string(name), std::string(value));
  }
  return out;
}

std::optional<std::string> cookie(const Request& request, std::string_view name) {
  for (auto& [key, value] : parse_cookies(request.header("cookie"))) {
    if (key == name) return value;
  }
  return std::nullopt;
}

}  // namespace gongkai::web
