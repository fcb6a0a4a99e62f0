// gongkai/api/api.h
//
// The public JSON API, version 1, read-only, public items only:
//   GET /api/v1/categories      the 公开目录 tree as nested JSON
//   GET /api/v1/items           ?category=&year=&q=&page=&per_page= (1..100, default 20);
//                               with q it searches (and adds "facets"), else lists
//                               the catalogue newest first:
//                               {"items":[…],"total":…,"page":…,"per_page":…}
//   GET /api/v1/items/{id}      one item: public metadata, the public body only,
//                               attachments with URLs, linked items
//   POST /api/v1/applications, GET /api/v1/applications/{code}
//                               依申请公开: file and look up (application_api.h)
// Field names are English snake_case; a code goes with its Chinese label
// ("attribute":"proactive","attribute_label":"主动公开"). Errors are thrown as
// InvalidInput/NotFound; the server answers {"error":{"code":…,"message":…}}.
#pragma once

#include "app/app.h"
#include "web/router.h"

namespace gongkai::api {

void register_api_routes(web::Router& router, app::App& app);

}  // namespace gongkai::api
