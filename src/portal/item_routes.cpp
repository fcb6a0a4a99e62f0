// /xxgk/item/{id}: one public item (metadata block, body, attachments, linked
// 政策解读); /xxgk/file/{id}: an attachment of a public item.
#include "catalog/catalog_queries.h"
#include "core/errors.h"
#include "engagement/consultation_queries.h"
#include "portal/page.h"
#include "portal/request_params.h"
#include "portal/routes.h"
#include "portal/view_models.h"
#include "workflow/markdown_body.h"
#include "workflow/workflow_queries.h"

namespace gongkai::portal {

namespace {

nlohmann::json link_rows(const std::vector<catalog::ItemLink>& links, const std::string& relation) {
  nlohmann::json rows = nlohmann::json::array();
  for (const auto& link : links) {
    if (link.relation != relation) continue;
    rows.push_back({{"title", link.title}, {"url", item_path(link.item_id)}});
  }
  return rows;
}

web::Response item_page(app::App& app, const web::Request& request, const std::string& id_text) {
  int64_t id = parse_id(id_text, "未找到该信息。");
  org::Agency agency = app.portal_agency();
  auto connection = app.database().lease();
  auto item = catalog::find_public_item(*connection, id, app.today());
  if (!item || item->agency_id != agency.id) throw NotFound("未找到该信息，或该信息未公开。");
  catalog::CategoryTree tree = catalog::load_category_tree(*connection, agency.id);

  nlohmann::json attachments = nlohmann::json::array();
  for (const auto& attachment : catalog::list_attachments(*connection, item->id)) {
    attachments.push_back({
        {"name", attachment.file_name},
        {"url", "/xxgk/file/" + std::to_string(attachment.id)},
        {"size", file_size_text(attachment.size_bytes)},
    });
  }
  auto links = catalog::public_links(*connection, item->id, app.today());
  nlohmann::json interpretations = link_rows(links, "interpreted_by");
  nlohmann::json policies = link_rows(links, "interprets");
  nlohmann::json consultations = nlohmann::json::array();
  for (const auto& c : engagement::consultations_for_policy(*connection, item->id)) {
    consultations.push_back({{"url", "/hdjl/yjzj/" + std::to_string(c.id)}, {"title", c.title}});
  }
  // A Markdown body is rendered by cmark in safe mode (no raw HTML); plain text stays paragraphs.
  const bool markdown = workflow::body_format_of(*connection, item->id) == "markdown";
  nlohmann::json content = {
      {"title", item->title},
      {"metadata", item_metadata(*item)},
      {"paragraphs", markdown ? nlohmann::json::array() : nlohmann::json(paragraphs(item->public_text()))},
      {"body_html", markdown ? workflow::render_markdown(item->public_text()) : ""},
      {"is_markdown", markdown},
      {"attachments", attachments},
      {"has_attachments", !attachments.empty()},
      {"interpretations", interpretations},
      {"has_interpretations", !interpretations.empty()},
      {"policies", policies},
      {"has_policies", !policies.empty()},
      {"consultations", consultations},
      {"has_consultations", !consultations.empty()},
  };
  std::vector<Breadcrumb> crumbs{{"政府信息公开", "/xxgk/"}, {"公开目录", "/xxgk/ml/"}};
  for (const auto* step : tree.path(item->category_id)) crumbs.push_back({step->name, "/xxgk/ml/" + step->code});
  crumbs.push_back({item->title, ""});
  return render_page(app, request, agency, "portal/item", std::move(content), {item->title, "ml", crumbs, 200});
}

web::Response file_download(app::App& app, const std::string& id_text) {
  int64_t id = parse_id(id_text, "未找到该附件。");
  auto connection = app.database().lease();
  auto [attachment, bytes] = catalog::read_public_attachment(*connection, id, app.today());
  return web::Response::download(std::move(bytes), attachment.media_type, attachment.file_name);
}

}  // namespace

void register_item_routes(web::Router& router, app::App& app, const std::shared_ptr<PageCache>& cache) {
  router.get("/xxgk/item/{id}", cached(cache, [&app](const web::Request& r, const web::PathParams& params) {
    return item_page(app, r, params.at("id"));
  }));
  router.get("/xxgk/file/{id}", [&app](const web::Request&, const web::PathParams& params) {
    return file_download(app, params.at("id"));
  });
}

}  // namespace gongkai::portal
