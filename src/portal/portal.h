// gongkai/portal/portal.h
//
// The public portal: server-rendered HTML pages of the portal agency, in
// Simplified Chinese, usable without JavaScript. Every page reads the store
// through catalog/catalog_queries.h, so a non-public item exists on no page.
//
// Routes: / · /xxgk/ · /xxgk/zn · /xxgk/zd · /xxgk/ml/ · /xxgk/ml/{code} ·
// /xxgk/item/{id} · /xxgk/file/{id} · /search · /feed.xml · /sitemap.xml ·
// /robots.txt · /a11y (大字版 switch) · /healthz · /hdjl/ · /xxgk/ysq/ (依申请公开:
// the form /xxgk/ysq/sq and the look-up /xxgk/ysq/cx, request_routes.cpp).
//
// Handlers throw InvalidInput (400) and NotFound (404) with Chinese messages;
// the server renders those with render_error_page.
#pragma once

#include <string>
#include <vector>

#include "app/app.h"
#include "web/router.h"
#include "web/server.h"

namespace gongkai::portal {

void register_portal_routes(web::Router& router, app::App& app);

// The HTML body of an error page (status, Chinese message, links to the home
// page and to search). Never throws: falls back to a minimal page when the
// store or the templates cannot be read.
std::string render_error_page(app::App& app, int status, const std::string& message);

// The larger request bodies the portal accepts under some paths: the
// 依申请公开 form (/xxgk/ysq/sq) carries up to requests::kMaxRequestFiles files
// of requests::kMaxRequestFileBytes. Never below `default_limit`.
std::vector<web::ServerConfig::PrefixBodyLimit> portal_body_limits(size_t default_limit);

}  // namespace gongkai::portal
