#include "portal/sitemap.h"

#include <algorithm>
#include <charconv>

#include "portal/view_models.h"
#include "portal/xml_text.h"

namespace gongkai::portal {

namespace {

constexpr const char* kHead = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n";
constexpr const char* kNamespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

void add_url(std::string& out, const std::string& location, const std::string& lastmod) {
  out += "  <url><loc>" + xml_escape(location) + "</loc>";
  if (!lastmod.empty()) out += "<lastmod>" + lastmod + "</lastmod>";
  out += "</url>\n";
}

std::string open_urlset() { return std::string(kHead) + "<urlset xmlns=\"" + kNamespace + "\">\n"; }

void add_pages(std::string& out, const SitemapInput& input) {
  for (const auto& [path, lastmod] : input.pages) add_url(out, input.base + path, lastmod);
}

void add_items(std::string& out, const SitemapInput& input, size_t begin, size_t end) {
  for (size_t i = begin; i < end && i < input.items.size(); ++i) {
    add_url(out, input.base + item_path(input.items[i].first), format_date(input.items[i].second));
  }
}

bool fits(const SitemapInput& input, size_t max_urls) { return input.pages.size() + input.items.size() <= max_urls; }

size_t item_parts(const SitemapInput& input, size_t max_urls) { return (input.items.size() + max_urls - 1) / max_urls; }

std::string newest_of(const SitemapInput& input, size_t begin, size_t end) {
  std::string newest;
  for (size_t i = begin; i < end && i < input.items.size(); ++i) {
    newest = std::max(newest, format_date(input.items[i].second));
  }
  return newest;
}

// "items-7.xml" → 7; 0 when the name is not of that form.
size_t items_part_number(const std::string& part) {
  const std::string prefix = "items-";
  const std::string suffix = ".xml";
  if (part.size() <= prefix.size() + suffix.size()) return 0;
  if (part.compare(0, prefix.size(), prefix) != 0) return 0;
  if (part.compare(part.size() - suffix.size(), suffix.size(), suffix) != 0) return 0;
  std::string_view digits(part.data() + prefix.size(), part.size() - prefix.size() - suffix.size());
  if (digits.empty() || digits.size() > 6 || digits.front() == '0') return 0;
  size_t number = 0;
  auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), number);
  if (error != std::errc() || end != digits.data() + digits.size()) return 0;
  return number;
}

}  // namespace

std::string sitemap_xml(const SitemapInput& input, size_t max_urls) {
  if (fits(input, max_urls)) {
    std::string out = open_urlset();
    add_pages(out, input);
    add_items(out, input, 0, input.items.size());
    return out + "</urlset>\n";
  }
  std::string out = std::string(kHead) + "<sitemapindex xmlns=\"" + kNamespace + "\">\n";
  out += "  <sitemap><loc>" + xml_escape(input.base + "/sitemaps/pages.xml") + "</loc></sitemap>\n";
  for (size_t n = 1; n <= item_parts(input, max_urls); ++n) {
    out += "  <sitemap><loc>" + xml_escape(input.base + "/sitemaps/items-" + std::to_string(n) + ".xml") + "</loc>";
    std::string lastmod = newest_of(input, (n - 1) * max_urls, n * max_urls);
    if (!lastmod.empty()) out += "<lastmod>" + lastmod + "</lastmod>";
    out += "</sitemap>\n";
  }
  return out + "</sitemapindex>\n";
}

std::optional<std::string> sitemap_part_xml(const SitemapInput& input, const std::string& part, size_t max_urls) {
  if (fits(input, max_urls)) return std::nullopt;
  std::string out = open_urlset();
  if (part == "pages.xml") {
    add_pages(out, input);
    return out + "</urlset>\n";
  }
  size_t number = items_part_number(part);
  if (number == 0 || number > item_parts(input, max_urls)) return std::nullopt;
  add_items(out, input, (number - 1) * max_urls, number * max_urls);
  return out + "</urlset>\n";
}

}  // namespace gongkai::portal
