// gongkai/portal/routes.h
//
// The portal's page groups, one file each; register_portal_routes calls them
// all. Groups of cacheable pages wrap their handlers with `cached`. Internal
// to the portal.
#pragma once

#include <memory>

#include "app/app.h"
#include "portal/page_cache.h"
#include "web/router.h"

namespace gongkai::portal {

void register_home_routes(web::Router& router, app::App& app, const std::shared_ptr<PageCache>& cache);        // /
void register_disclosure_routes(web::Router& router, app::App& app, const std::shared_ptr<PageCache>& cache);  // /xxgk/ /xxgk/zn /xxgk/zd
void register_catalogue_routes(web::Router& router, app::App& app, const std::shared_ptr<PageCache>& cache);   // /xxgk/ml/ /xxgk/ml/{code}
void register_item_routes(web::Router& router, app::App& app, const std::shared_ptr<PageCache>& cache);        // /xxgk/item/{id} /xxgk/file/{id}
void register_search_routes(web::Router& router, app::App& app);      // /search
void register_feed_routes(web::Router& router, app::App& app, const std::shared_ptr<PageCache>& cache);        // /feed.xml /sitemap.xml /robots.txt
void register_utility_routes(web::Router& router, app::App& app);     // /a11y /healthz
void register_engagement_routes(web::Router& router, app::App& app);  // /hdjl/ 意见征集 行政首长信箱
void register_request_routes(web::Router& router, app::App& app);     // /xxgk/ysq/ 依申请公开
void register_assistance_routes(web::Router& router, app::App& app, const std::shared_ptr<PageCache>& cache);  // /xxgk/zdly/shjz/ 社会救助
void register_social_organisation_routes(web::Router& router, app::App& app);  // /xxgk/zdly/shzz/ 社会组织
void register_credit_routes(web::Router& router, app::App& app);  // /xxgk/sgs/ 双公示
void register_proposal_routes(web::Router& router, app::App& app);    // /xxgk/jyta/ 建议提案办理结果公开
void register_service_routes(web::Router& router, app::App& app);     // /xxgk/qlqd/ 权力清单, /bszn/ 办事指南 and 办件查询
void register_annual_report_routes(web::Router& router, app::App& app);  // /xxgk/nb/ 政府信息公开工作年度报告

}  // namespace gongkai::portal
