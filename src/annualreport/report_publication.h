// gongkai/annualreport/report_publication.h
//
// The office's work on an annual report, from draft to publication (发布) and
// correction (更正). The role must hold kPrepareAnnualReport; reports belong
// to the actor's agency. Every command adds a version and never changes an
// old one (except its status), and each commits together with its audit
// record ("annual_report.start", ".edit", ".update_figures", ".correct",
// ".publish"; entity "annual_report", the report's id).
//
// Publication is refused with Conflict (409) when
//   - the national tables fail a check (reports::check_report, with last
//     year's published tables for C6/C7): the message names the rule, the
//     row and the column of each error;
//   - a quoted figure or a table cell no longer matches a fresh draft of the
//     records (figures in step): the message names each figure with the
//     value written and the current one; update_figures brings them in step.
// A published version is frozen. A correction starts a new draft from it;
// publishing that draft marks the old version superseded (已被更正) with the
// day, and it stays reachable.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "annualreport/report_draft.h"
#include "core/civil_date.h"
#include "org/staff.h"
#include "store/database.h"

namespace gongkai::annualreport {

// Where fresh drafts come from: draft_annual_report in production, a fixed
// draft in tests.
using Drafter = std::function<ReportDraft(store::Connection&, int64_t agency_id, int year)>;
Drafter records_drafter();

// Starts the report of `year` with version 1, a copy of the fresh draft.
// Returns the report id. Conflict when the agency has that report already;
// InvalidInput for a year the drafter refuses.
int64_t start_report(store::Connection& connection, const org::StaffActor& staff, int year, const Drafter& drafter);

struct SectionEdit {
  int64_t report_id = 0;
  int based_on = 0;    // the version number the form showed
  size_t section = 0;  // index into the sections
  std::string text;    // paragraphs, one per line; blank lines are dropped
};

// Saves the section's new text as a new draft version; returns its id.
// InvalidInput: no text, an unknown section, more than 20000 characters.
// Conflict: another version was saved since `based_on`, or the latest version
// is published (start a correction first).
int64_t edit_section(store::Connection& connection, const org::StaffActor& staff, const SectionEdit& edit);

struct FiguresUpdated {
  int64_t version_id = 0;
  std::vector<std::string> replaced;  // labels replaced in the text
  std::vector<std::string> by_hand;   // labels the office must check by hand
};

// "更新正文中的数字": a new draft version with every drifted figure replaced
// in the paragraphs and the figures and tables taken from a fresh draft.
// Conflict when nothing drifted or the latest version is published.
FiguresUpdated update_figures(store::Connection& connection, const org::StaffActor& staff, int64_t report_id,
                              const Drafter& drafter);

// A new draft version copied from the published one, to correct it; the
// reason is kept with the version. Conflict when nothing is published or a
// correction draft is already open; InvalidInput without a reason.
int64_t start_correction(store::Connection& connection, const org::StaffActor& staff, int64_t report_id,
                         const std::string& reason);

// Publishes the latest version (a draft) on `today`; returns its id.
int64_t publish_report(store::Connection& connection, const org::StaffActor& staff, CivilDate today,
                       int64_t report_id, const Drafter& drafter);

}  // namespace gongkai::annualreport
