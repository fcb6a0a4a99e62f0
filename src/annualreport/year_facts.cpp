// gongkai/annualreport/year_facts.cpp
#include "annualreport/year_facts.h"

#include "annualreport/year_comparison.h"
#include "workflow/publication_channel.h"

namespace gongkai::annualreport {
namespace {

std::vector<std::string> media_channel_keys() {
  std::vector<std::string> keys;
  for (const auto& channel : workflow::publication_channels()) {
    if (channel.news_media) keys.emplace_back(channel.key);
  }
  return keys;
}

bool on_record(store::Connection& connection, int64_t agency_id, RecordKind kind, int year) {
  return previous_year_on_record(first_record_date(connection, agency_id, kind), year);
}

}  // namespace

YearFacts gather_year_facts(store::Connection& connection, const org::Agency& agency, int year) {
  YearFacts facts;
  facts.agency = agency;
  facts.year = year;
  const auto id = agency.id;
  facts.publications = workflow::publication_counts(connection, id, year);
  facts.media_outlets = outlets_of_year(connection, id, year, media_channel_keys());
  if (on_record(connection, id, RecordKind::portal_publication, year)) {
    facts.previous_publications = workflow::publication_counts(connection, id, year - 1);
  }
  facts.consultations = consultations_of_year(connection, id, year);
  facts.interpreted_policies = interpreted_policies_of_year(connection, id, year);
  facts.letters = letters_of_year(connection, id, year);
  if (on_record(connection, id, RecordKind::letter, year)) facts.previous_letters = letters_of_year(connection, id, year - 1);
  facts.opinions = opinions_of_year(connection, id, year);
  facts.disclosure_rules = documents_of_year(connection, id, year, kDisclosureRulesCategory);
  facts.assistance = keyareas::yearly_figures(connection, id, year);
  facts.organisations = keyareas::tally_social_organisations(connection, id, year);
  facts.proposals = proposals::tally_proposals(connection, id, year);
  facts.decisions = credit::tally_decisions(connection, id, year);
  facts.service_items = service_items_of_year(connection, id, year);
  facts.requests = requests_of_year(connection, id, year);
  if (on_record(connection, id, RecordKind::application, year)) {
    facts.previous_requests = requests_of_year(connection, id, year - 1);
  }
  return facts;
}

}  // namespace gongkai::annualreport
