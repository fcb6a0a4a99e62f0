// gongkai/portal/section_pages.h
//
// The data pages of the catalogue's sections (专题): a catalogue category such
// as 社会救助 lists its documents, while its figures, registers and lists live
// on a page of their own (/xxgk/zdly/shjz/). One table joins the two, so that
// the disclosure home lists every data page and each category links to its own.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace gongkai::portal {

struct SectionPage {
  std::string_view category_code;  // the catalogue category it belongs to
  std::string_view path;
  std::string_view label;  // the link text, e.g. "社会救助数据和公示名单"
};

const std::vector<SectionPage>& section_pages();

// The data page of a catalogue category, if it has one.
std::optional<SectionPage> section_page_of(std::string_view category_code);

// {url, label} of one page, as the templates use it.
nlohmann::json section_page_link(const SectionPage& page);

}  // namespace gongkai::portal
