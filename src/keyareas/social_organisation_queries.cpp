#include "keyareas/social_organisation_queries.h"

#include <algorithm>

#include "core/errors.h"
#include "core/field_text.h"
#include "keyareas/social_organisation_notice.h"
#include "keyareas/social_organisation_repository.h"

namespace gongkai::keyareas {
namespace {

std::string search_text(const std::string& raw) {
  std::string text = trimmed(raw);
  check_length(text, "检索词", 200);
  const bool code_like = std::all_of(text.begin(), text.end(), [](unsigned char c) { return std::isalnum(c) != 0; });
  if (code_like) std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::toupper(c); });
  return text;
}

}  // namespace

OrganisationPage search_organisations(store::Connection& connection, int64_t agency_id,
                                      const OrganisationSearch& search) {
  detail::OrganisationFilter filter;
  filter.agency_id = agency_id;
  filter.text = search_text(search.text);
  if (!search.kind.empty()) filter.kind = std::string(require_organisation_kind(search.kind).key);
  OrganisationPage page;
  page.total = detail::count_organisations(connection, filter);
  const int size = std::clamp(search.page_size, 1, 100);
  page.pages = std::max<int>(1, static_cast<int>((page.total + size - 1) / size));
  page.page = std::clamp(search.page, 1, page.pages);
  filter.limit = size;
  filter.offset = (page.page - 1) * size;
  page.organisations = detail::select_organisations(connection, filter);
  return page;
}

SocialOrganisation find_organisation(store::Connection& connection, int64_t agency_id, int64_t id) {
  auto organisation = detail::select_organisation(connection, id);
  if (!organisation || organisation->agency_id != agency_id) throw NotFound("社会组织不存在");
  return std::move(*organisation);
}

std::vector<OrganisationEvent> organisation_history(store::Connection& connection, int64_t organisation_id) {
  return detail::select_events(connection, organisation_id);
}

OrganisationNotice find_notice(store::Connection& connection, int64_t agency_id, int64_t event_id) {
  auto event = detail::select_event(connection, event_id);
  if (!event || event->notice.empty()) throw NotFound("公告不存在");
  OrganisationNotice notice{find_organisation(connection, agency_id, event->organisation_id), std::move(*event), ""};
  notice.title = notice_title(notice.organisation, notice.event.type);
  return notice;
}

}  // namespace gongkai::keyareas
