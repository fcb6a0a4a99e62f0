// gongkai/portal/recipient_list_routes.h
//
// 社会救助公示名单 on the portal: the page of one published list
// (/xxgk/zdly/shjz/{programme}/gs/{list}, registered by
// register_assistance_routes) and the links to the lists that the programme
// page and the 社会救助 index show.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>

#include <nlohmann/json.hpp>

#include "app/app.h"
#include "core/civil_date.h"
#include "portal/page_cache.h"
#include "store/database.h"
#include "web/router.h"

namespace gongkai::portal {

void register_recipient_list_routes(web::Router& router, app::App& app, const std::shared_ptr<PageCache>& cache);

// Published and withdrawn lists, newest period first, at most `limit`:
// [{title, url, published_on, state}]. `programme` "" = every programme.
nlohmann::json recipient_list_links(store::Connection& connection, int64_t agency_id, std::string_view programme,
                                    CivilDate today, size_t limit);

}  // namespace gongkai::portal
