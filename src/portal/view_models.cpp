#include "portal/view_models.h"

#include <fmt/format.h>

#include "web/http.h"

namespace gongkai::portal {

namespace {

std::string or_none(const std::string& value) { return value.empty() ? std::string("无") : value; }

std::string trim_blank(const std::string& text) {
  size_t begin = text.find_first_not_of(" \t\r\n");
  if (begin == std::string::npos) return "";
  size_t end = text.find_last_not_of(" \t\r\n");
  return text.substr(begin, end - begin + 1);
}

bool is_blank_line(const std::string& line) { return line.find_first_not_of(" \t\r") == std::string::npos; }

nlohmann::json node_of(const catalog::CategoryTree& tree, const catalog::Category& category,
                       std::optional<int64_t> current_id) {
  nlohmann::json children = nlohmann::json::array();
  for (const auto* child : tree.children(category.id)) children.push_back(node_of(tree, *child, current_id));
  return {
      {"code", category.code},
      {"name", category.name},
      {"url", "/xxgk/ml/" + category.code},
      {"current", current_id && *current_id == category.id},
      {"has_children", !children.empty()},
      {"nodes", std::move(children)},
  };
}

}  // namespace

std::string item_path(int64_t item_id) { return "/xxgk/item/" + std::to_string(item_id); }

std::string date_text(const std::optional<CivilDate>& date) { return date ? format_date(*date) : std::string(); }

nlohmann::json item_row(const catalog::InformationItem& item, const catalog::CategoryTree& tree) {
  const catalog::Category* category = tree.find(item.category_id);
  return {
      {"id", item.id},
      {"url", item_path(item.id)},
      {"index_number", item.index_number},
      {"title", item.title},
      {"doc_number", item.doc_number},
      {"has_doc_number", !item.doc_number.empty()},
      {"published_date", date_text(item.published_date)},
      {"category_name", category ? category->name : std::string()},
      {"category_url", category ? "/xxgk/ml/" + category->code : std::string()},
  };
}

nlohmann::json item_metadata(const catalog::InformationItem& item) {
  auto row = [](const char* label, const std::string& value) {
    return nlohmann::json{{"label", label}, {"value", or_none(value)}};
  };
  return nlohmann::json::array({
      row("索引号", item.index_number),
      row("主题分类", item.topic),
      row("体裁分类", item.genre),
      row("发布机构", item.publisher),
      row("成文日期", format_date(item.written_date)),
      row("发布日期", date_text(item.published_date)),
      row("文号", item.doc_number),
      row("有效性", std::string(catalog::to_label(item.validity))),
      row("公开属性", std::string(catalog::to_label(item.attribute))),
      row("内容概述", item.summary),
  });
}

std::vector<std::string> paragraphs(const std::string& text) {
  std::vector<std::string> out;
  std::string current;
  auto flush = [&] {
    std::string paragraph = trim_blank(current);
    if (!paragraph.empty()) out.push_back(std::move(paragraph));
    current.clear();
  };
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t newline = text.find('\n', pos);
    std::string line = text.substr(pos, newline == std::string::npos ? std::string::npos : newline - pos);
    if (is_blank_line(line)) {
      flush();
    } else {
      if (!current.empty()) current += '\n';
      current += line;
    }
    if (newline == std::string::npos) break;
    pos = newline + 1;
  }
  flush();
  return out;
}

nlohmann::json category_nodes(const catalog::CategoryTree& tree, std::optional<int64_t> current_id) {
  nlohmann::json nodes = nlohmann::json::array();
  for (const auto* root : tree.roots()) nodes.push_back(node_of(tree, *root, current_id));
  return nodes;
}

std::string with_query(const std::string& path, const std::vector<std::pair<std::string, std::string>>& params) {
  std::string out = path;
  char separator = '?';
  for (const auto& [name, value] : params) {
    if (value.empty()) continue;
    out += separator;
    out += web::percent_encode(name);
    out += '=';
    out += web::percent_encode(value);
    separator = '&';
  }
  return out;
}

nlohmann::json pagination(int page, int page_count, const std::function<std::string(int)>& url_of) {
  nlohmann::json pages = nlohmann::json::array();
  int previous = 0;
  for (int n = 1; n <= page_count; ++n) {
    bool shown = n == 1 || n == page_count || (n >= page - 2 && n <= page + 2);
    if (!shown) continue;
    if (previous != 0 && n != previous + 1) pages.push_back({{"gap", true}});
    pages.push_back({{"number", n}, {"url", url_of(n)}, {"current", n == page}, {"gap", false}});
    previous = n;
  }
  return {
      {"show", page_count > 1},
      {"page", page},
      {"page_count", page_count},
      {"has_prev", page > 1},
      {"prev_url", page > 1 ? url_of(page - 1) : std::string()},
      {"has_next", page < page_count},
      {"next_url", page < page_count ? url_of(page + 1) : std::string()},
      {"pages", std::move(pages)},
  };
}

std::string file_size_text(int64_t bytes) {
  if (bytes < 1024) return fmt::format("{} B", bytes);
  if (bytes < 1024 * 1024) return fmt::format("{:.1f} KB", static_cast<double>(bytes) / 1024.0);
  return fmt::format("{:.1f} MB", static_cast<double>(bytes) / (1024.0 * 1024.0));
}

nlohmann::json office_rows(const org::DisclosureOffice& office) {
  nlohmann::json rows = nlohmann::json::array();
  auto add = [&rows](const char* label, const std::string& value) {
    if (!value.empty()) rows.push_back({{"label", label}, {"value", value}});
  };
  add("机构名称", office.name);
  add("办公地址", office.address);
  add("办公时间", office.hours);
  add("联系电话", office.phone);
  add("传真", office.fax);
  add("邮政编码", office.postcode);
  add("电子邮箱", office.email);
  return rows;
}

}  // namespace gongkai::portal
