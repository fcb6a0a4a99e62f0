// gongkai/portal/sitemap.h
//
// The sitemap (sitemaps.org 0.9) of the portal: the fixed pages, the
// categories and every public item with its lastmod. One file holds at most
// `max_urls` URLs (the protocol allows 50,000); beyond that /sitemap.xml
// becomes a sitemap index of /sitemaps/pages.xml and /sitemaps/items-N.xml.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/civil_date.h"

namespace gongkai::portal {

struct SitemapInput {
  std::string base;  // "https://host", no trailing slash
  std::vector<std::pair<std::string, std::string>> pages;  // path, lastmod ("" = none)
  std::vector<std::pair<int64_t, CivilDate>> items;          // id, 发布日期
};

inline constexpr size_t kSitemapMaxUrls = 50000;

// /sitemap.xml: a <urlset> of everything when it fits, else a <sitemapindex>.
std::string sitemap_xml(const SitemapInput& input, size_t max_urls = kSitemapMaxUrls);

// /sitemaps/<part>: "pages.xml" or "items-N.xml" (N from 1); nullopt for a
// part that does not exist (including every part while the sitemap fits in one file).
std::optional<std::string> sitemap_part_xml(const SitemapInput& input, const std::string& part,
                                            size_t max_urls = kSitemapMaxUrls);

}  // namespace gongkai::portal
