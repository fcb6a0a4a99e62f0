// gongkai/render/templates.h
//
// HTML and letter templates: Mustache files under templates/ (kainjow
// mustache), rendered from nlohmann::json data. {{x}} is HTML-escaped;
// {{{x}}} is raw and is used only for HTML that gongkai itself produced and
// escaped (highlighted snippets, rendered bodies). Partials ({{> name}}) are
// the other files of the same set, e.g. the page layout.
//
// A TemplateSet is loaded once and is safe to share between threads.
#pragma once

#include <filesystem>
#include <map>
#include <string>

#include <nlohmann/json_fwd.hpp>

namespace gongkai::render {

class TemplateSet {
 public:
  // Loads every *.mustache under `dir` (name = path relative to dir, without
  // the extension, e.g. "portal/item"). Throws InvalidInput naming a template
  // that fails to parse.
  static TemplateSet load(const std::filesystem::path& dir);

  // Renders template `name` with `data`; throws NotFound for an unknown name.
  std::string render(const std::string& name, const nlohmann::json& data) const;

  bool has(const std::string& name) const { return sources_.count(name) != 0; }

 private:
  std::map<std::string, std::string> sources_;
};

// Escapes & < > " ' for HTML text and attribute values.
std::string escape_html(std::string_view text);

}  // namespace gongkai::render
