// gongkai/portal/portal.h
//
// The public portal: server-rendered HTML pages of the portal agency, in
// Simplified Chinese, usable without JavaScript. Every page reads the store
// through catalog/catalog_queries.h, so a non-public item exists on no page.
//
// Routes: / · /xxgk/ · /xxgk/zn · /xxgk/zd · /xxgk/ml/ · /xxgk/ml/{code} ·
// /xxgk/item/{id} · /xxgk/file/{id} · /search · /feed.xml · /sitemap.xml ·
// /robots.txt · /a11y (大字版 switch) · /healthz.
//
// Handlers throw InvalidInput (400) and NotFound (404) with Chinese messages;
// the server renders those with render_error_page.
#pragma once

#include <string>

#include "app/app.h"
#include "web/router.h"

namespace gongkai::portal {

void register_portal_routes(web::Router& router, app::App& app);

// The HTML body of an error page (status, Chinese message, links to the home
// page and to search). Never throws: falls back to a minimal page when the
// store or the templates cannot be read.
std::string render_error_page(app::App& app, int status, const std::string& message);

}  // namespace gongkai::portal
