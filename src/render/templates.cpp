// Mustache rendering over kainjow::mustache 4.1.
//
// Performance notes (rendering is on the hot path of every page):
// - Every template is parsed once, at load, and the parsed form is shared.
// - kainjow re-parses a partial each time it is rendered, so partials are
//   inlined into their callers at load time. A recursive partial (a tree
//   rendering itself) cannot be inlined; it stays a {{> name}} tag and is
//   resolved at render time from the same set.
// - kainjow's render() is not const, but in 4.1 the only member it writes is
//   its error message, and only when a partial fails to parse or a lambda
//   misbehaves. Every partial is parsed at load and the data built from JSON
//   never holds lambdas, so concurrent renders of one parsed template only
//   read shared state.
#include "render/templates.h"

#include <kainjow/mustache.hpp>

#include <fstream>
#include <memory>
#include <nlohmann/json.hpp>
#include <sstream>
#include <vector>

#include "core/errors.h"

namespace gongkai::render {

namespace mus = kainjow::mustache;

struct TemplateSet::Compiled {
  // Sources with their partials inlined, parsed.
  std::map<std::string, std::unique_ptr<mus::mustache>> parsed;
  // Original sources as string data, for partials resolved at render time.
  std::map<std::string, mus::data> partials;
};

namespace {

constexpr int kMaxInlineDepth = 16;

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InvalidInput("无法读取模板文件：" + path.string());
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

std::string trim(std::string_view text) {
  size_t begin = 0;
  size_t end = text.size();
  while (begin < end && std::isspace(static_cast<unsigned char>(text[begin]))) ++begin;
  while (end > begin && std::isspace(static_cast<unsigned char>(text[end - 1]))) --end;
  return std::string(text.substr(begin, end - begin));
}

bool changes_delimiters(const std::string& source) { return source.find("{{=") != std::string::npos; }

// Replaces {{> name}} with the partial's own (inlined) source. Tags naming an
// unknown template, a template already being expanded (recursion), or a
// template that changes delimiters are left in place.
std::string inline_partials(const std::string& source, const std::map<std::string, std::string>& sources,
                            std::vector<std::string>& stack) {
  if (changes_delimiters(source) || static_cast<int>(stack.size()) >= kMaxInlineDepth) return source;
  std::string out;
  out.reserve(source.size());
  size_t pos = 0;
  while (true) {
    size_t open = source.find("{{>", pos);
    if (open == std::string::npos) break;
    size_t close = source.find("}}", open + 3);
    if (close == std::string::npos) break;
    std::string name = trim(std::string_view(source).substr(open + 3, close - open - 3));
    out.append(source, pos, open - pos);
    auto found = sources.find(name);
    bool recursive = std::find(stack.begin(), stack.end(), name) != stack.end();
    if (found == sources.end() || recursive || changes_delimiters(found->second)) {
      out.append(source, open, close + 2 - open);
    } else {
      stack.push_back(name);
      out += inline_partials(found->second, sources, stack);
      stack.pop_back();
    }
    pos = close + 2;
  }
  out.append(source, pos, std::string::npos);
  return out;
}

mus::data to_data(const nlohmann::json& value) {
  switch (value.type()) {
    case nlohmann::json::value_t::object: {
      mus::data object{mus::data::type::object};
      for (const auto& [key, item] : value.items()) object[key] = to_data(item);
      return object;
    }
    case nlohmann::json::value_t::array: {
      // push_back copies deeply; append a cheap placeholder and move the
      // converted item into it instead (the list is ours, so the const_cast
      // is sound).
      mus::data list{mus::data::type::list};
      for (const auto& item : value) {
        list.push_back(mus::data{false});
        const_cast<mus::data&>(list.list_value().back()) = to_data(item);
      }
      return list;
    }
    case nlohmann::json::value_t::string:
      return mus::data{value.get_ref<const std::string&>()};
    case nlohmann::json::value_t::boolean:
      return mus::data{value.get<bool>()};
    case nlohmann::json::value_t::number_integer:
    case nlohmann::json::value_t::number_unsigned:
    case nlohmann::json::value_t::number_float:
      return mus::data{value.dump()};
    default:  // null, binary, discarded
      return mus::data{false};
  }
}

// A context like kainjow's own, except that partials come from the set, never
// from the data (so a data key cannot shadow a partial).
class SetContext : public mus::basic_context<std::string> {
 public:
  SetContext(const mus::data* root, const std::map<std::string, mus::data>& partials) : partials_(partials) {
    items_.push_back(root);
  }

  void push(const mus::data* data) override { items_.insert(items_.begin(), data); }
  void pop() override { items_.erase(items_.begin()); }

  const mus::data* get(const std::string& name) const override {
    if (name == ".") return items_.front();
    if (name.find('.') == std::string::npos) {
      for (const auto* item : items_) {
        if (const auto* var = item->get(name)) return var;
      }
      return nullptr;
    }
    std::vector<std::string> names = split_dotted(name);
    for (const auto* item : items_) {
      const mus::data* var = item;
      for (const auto& part : names) {
        var = var->get(part);
        if (var == nullptr) break;
      }
      if (var != nullptr) return var;
    }
    return nullptr;
  }

  const mus::data* get_partial(const std::string& name) const override {
    auto found = partials_.find(name);
    return found == partials_.end() ? nullptr : &found->second;
  }

 private:
  static std::vector<std::string> split_dotted(const std::string& name) {
    std::vector<std::string> parts;
    size_t start = 0;
    while (true) {
      size_t dot = name.find('.', start);
      parts.push_back(name.substr(start, dot - start));
      if (dot == std::string::npos) return parts;
      start = dot + 1;
    }
  }

  std::vector<const mus::data*> items_;
  const std::map<std::string, mus::data>& partials_;
};

// Appends kainjow's output pieces to a string (cheaper than an ostringstream).
struct StringSink {
  std::string& out;
  StringSink& operator<<(const std::string& piece) {
    out += piece;
    return *this;
  }
};

}  // namespace

TemplateSet TemplateSet::from_sources(std::map<std::string, std::string> sources) {
  auto compiled = std::make_shared<Compiled>();
  for (const auto& [name, source] : sources) {
    mus::mustache own{source};
    if (!own.is_valid()) {
      throw InvalidInput("模板 " + name + " 解析失败：" + own.error_message());
    }
    compiled->partials.emplace(name, mus::data{source});
  }
  for (const auto& [name, source] : sources) {
    std::vector<std::string> stack{name};
    auto parsed = std::make_unique<mus::mustache>(inline_partials(source, sources, stack));
    if (!parsed->is_valid()) {
      throw InvalidInput("模板 " + name + " 解析失败：" + parsed->error_message());
    }
    compiled->parsed.emplace(name, std::move(parsed));
  }
  TemplateSet set;
  set.sources_ = std::move(sources);
  set.compiled_ = std::move(compiled);
  return set;
}

TemplateSet TemplateSet::load(const std::filesystem::path& dir) {
  std::error_code error;
  if (!std::filesystem::is_directory(dir, error)) {
    throw InvalidInput("模板目录不存在：" + dir.string());
  }
  std::map<std::string, std::string> sources;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(dir)) {
    if (!entry.is_regular_file() || entry.path().extension() != ".mustache") continue;
    std::filesystem::path relative = entry.path().lexically_relative(dir);
    relative.replace_extension();
    sources.emplace(relative.generic_string(), read_file(entry.path()));
  }
  return from_sources(std::move(sources));
}

std::string TemplateSet::render(const std::string& name, const nlohmann::json& data) const {
  if (!compiled_) throw NotFound("模板不存在：" + name);
  auto found = compiled_->parsed.find(name);
  if (found == compiled_->parsed.end()) throw NotFound("模板不存在：" + name);
  mus::data root = to_data(data);
  SetContext context{&root, compiled_->partials};
  std::string out;
  out.reserve(sources_.at(name).size() * 2);
  StringSink sink{out};
  found->second->render(context, sink);
  return out;
}

std::string escape_html(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

}  // namespace gongkai::render
