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

#include "core/html_escape.h"

#include <kainjow/mustache.hpp>

#include <algorithm>
#include <array>
#include <deque>
#include <fstream>
#include <memory>
#include <nlohmann/json.hpp>
#include <sstream>
#include <unordered_map>
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

// kainjow looks values up through a context; this one reads the JSON
// directly instead of converting the whole document to kainjow data first
// (that conversion cost more than the rendering itself). Each looked-up
// value is wrapped on demand in a per-render arena:
//   object → a bare `true` whose JSON origin is remembered, so that when a
//            section pushes it, lookups continue in the JSON object;
//   array  → a list of wrapped items; string → string, "" → false;
//            number → its JSON text; bool → bool; null → false.
// Partials come from the set, never from the data (a key cannot shadow one).
class JsonContext : public mus::basic_context<std::string> {
 public:
  JsonContext(const nlohmann::json& root, const std::map<std::string, mus::data>& partials)
      : partials_(partials) {
    frames_.push_back(Frame{wrap(root), &root});
  }

  void push(const mus::data* data) override {
    auto origin = origins_.find(data);
    frames_.push_back(Frame{data, origin == origins_.end() ? nullptr : origin->second});
  }

  void pop() override { frames_.pop_back(); }

  const mus::data* get(const std::string& name) const override {
    if (name == ".") return frames_.back().data;
    if (name.find('.') == std::string::npos) {
      for (auto frame = frames_.rbegin(); frame != frames_.rend(); ++frame) {
        if (frame->value == nullptr || !frame->value->is_object()) continue;
        auto found = frame->value->find(name);
        if (found != frame->value->end()) return wrap(*found);
      }
      return nullptr;
    }
    for (auto frame = frames_.rbegin(); frame != frames_.rend(); ++frame) {
      if (const nlohmann::json* value = walk(frame->value, name)) return wrap(*value);
    }
    return nullptr;
  }

  const mus::data* get_partial(const std::string& name) const override {
    auto found = partials_.find(name);
    return found == partials_.end() ? nullptr : &found->second;
  }

 private:
  struct Frame {
    const mus::data* data;
    const nlohmann::json* value;  // nullptr for a scalar list item
  };

  // "a.b.c" from `value`, or nullptr. A part of digits indexes a list, so
  // that {{#rows.0}}…{{/rows.0}} renders only when the list is not empty.
  static const nlohmann::json* walk(const nlohmann::json* value, std::string_view dotted) {
    while (value != nullptr) {
      size_t dot = dotted.find('.');
      value = member(*value, dotted.substr(0, dot));
      if (dot == std::string_view::npos) return value;
      dotted.remove_prefix(dot + 1);
    }
    return nullptr;
  }

  static const nlohmann::json* member(const nlohmann::json& value, std::string_view part) {
    if (value.is_object()) {
      auto found = value.find(part);
      return found == value.end() ? nullptr : &*found;
    }
    if (!value.is_array() || part.empty() || part.size() > 9) return nullptr;
    size_t index = 0;
    for (char c : part) {
      if (c < '0' || c > '9') return nullptr;
      index = index * 10 + static_cast<size_t>(c - '0');
    }
    return index < value.size() ? &value[index] : nullptr;
  }

  // Converts `value` into `slot`, remembering where objects came from.
  void fill(mus::data& slot, const nlohmann::json& value) const {
    switch (value.type()) {
      case nlohmann::json::value_t::object:
        slot = mus::data{true};
        origins_[&slot] = &value;
        return;
      case nlohmann::json::value_t::array: {
        slot = mus::data{mus::data::type::list};
        // The list is ours, so writing through list_value() is sound. Its
        // size is fixed before items are filled: their addresses are keys.
        auto& items = const_cast<mus::list&>(slot.list_value());
        items.reserve(value.size());
        for (size_t i = 0; i < value.size(); ++i) items.emplace_back(false);
        for (size_t i = 0; i < value.size(); ++i) fill(items[i], value[i]);
        return;
      }
      case nlohmann::json::value_t::string:
        // The empty string is false, as in the Mustache spec's own (JavaScript)
        // semantics: {{#note}}…{{/note}} renders only when there is a note;
        // {{note}} renders nothing either way.
        if (value.get_ref<const std::string&>().empty()) {
          slot = mus::data{false};
        } else {
          slot = mus::data{value.get_ref<const std::string&>()};
        }
        return;
      case nlohmann::json::value_t::boolean:
        slot = mus::data{value.get<bool>()};
        return;
      case nlohmann::json::value_t::number_integer:
      case nlohmann::json::value_t::number_unsigned:
      case nlohmann::json::value_t::number_float:
        slot = mus::data{value.dump()};
        return;
      default:  // null, binary, discarded
        slot = mus::data{false};
        return;
    }
  }

  const mus::data* wrap(const nlohmann::json& value) const {
    mus::data& slot = arena_.emplace_back(false);
    fill(slot, value);
    return &slot;
  }

  const std::map<std::string, mus::data>& partials_;
  std::vector<Frame> frames_;
  mutable std::deque<mus::data> arena_;
  mutable std::unordered_map<const mus::data*, const nlohmann::json*> origins_;
};

// kainjow's html_escape appends byte by byte; most values need no escaping.
std::string fast_html_escape(const std::string& text) { return gongkai::escape_html(text); }

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
    parsed->set_custom_escape(fast_html_escape);
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
  JsonContext context{data, compiled_->partials};
  std::string out;
  out.reserve(sources_.at(name).size() * 2);
  StringSink sink{out};
  found->second->render(context, sink);
  return out;
}

}  // namespace gongkai::render
