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
#include <memory>
#include <string>
#include <string_view>

#include <nlohmann/json_fwd.hpp>

namespace gongkai::render {

class TemplateSet {
 public:
  // Loads every *.mustache under `dir` (name = path relative to dir, without
  // the extension, e.g. "portal/item"). Throws InvalidInput naming a template
  // that fails to parse.
  static TemplateSet load(const std::filesystem::path& dir);
  // The same from in-memory sources keyed by name (tests, embedded pages).
  static TemplateSet from_sources(std::map<std::string, std::string> sources);

  // Renders template `name` with `data`; throws NotFound for an unknown name.
  // JSON maps to Mustache data as: object → hash, array → list, string →
  // string, the empty string → false (a section on it is skipped, an
  // inverted one rendered), number → its JSON text, bool → bool, null → false.
  std::string render(const std::string& name, const nlohmann::json& data) const;

  bool has(const std::string& name) const { return sources_.count(name) != 0; }

 private:
  struct Compiled;  // parsed templates, partials inlined; immutable once built
  std::map<std::string, std::string> sources_;
  std::shared_ptr<const Compiled> compiled_;
};


}  // namespace gongkai::render
