// gongkai/portal/routes.h
//
// The portal's page groups, one file each; register_portal_routes calls them
// all. Internal to the portal.
#pragma once

#include "app/app.h"
#include "web/router.h"

namespace gongkai::portal {

void register_home_routes(web::Router& router, app::App& app);        // /
void register_disclosure_routes(web::Router& router, app::App& app);  // /xxgk/ /xxgk/zn /xxgk/zd
void register_catalogue_routes(web::Router& router, app::App& app);   // /xxgk/ml/ /xxgk/ml/{code}
void register_item_routes(web::Router& router, app::App& app);        // /xxgk/item/{id} /xxgk/file/{id}
void register_search_routes(web::Router& router, app::App& app);      // /search
void register_feed_routes(web::Router& router, app::App& app);        // /feed.xml /sitemap.xml /robots.txt
void register_utility_routes(web::Router& router, app::App& app);     // /a11y /healthz

}  // namespace gongkai::portal
