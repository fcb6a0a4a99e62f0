// gongkai/annualreport/report_version.h
//
// One stored version of an agency's annual report for a year: a full copy of
// the text, the figures it quotes and the national tables, with its status
// (草稿 draft, 已发布 published, 已更正 superseded), who made it and when.
// Versions are never changed except for their status: a published version is
// frozen, and everything public is rendered from it.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "annualreport/report_draft.h"

namespace gongkai::annualreport {

enum class VersionStatus { draft, published, superseded };

std::string_view status_key(VersionStatus status);    // "draft"
std::string_view status_label(VersionStatus status);  // "草稿", "已发布", "已被更正"
// InvalidInput for an unknown key (a damaged row).
VersionStatus status_from_key(std::string_view key);

struct ReportVersion {
  int64_t id = 0;
  int64_t report_id = 0;
  int64_t agency_id = 0;
  int year = 0;
  int number = 0;  // 1, 2, … within the report
  VersionStatus status = VersionStatus::draft;
  reports::ReportFormat format = reports::ReportFormat::legacy;
  std::string agency_name;
  std::vector<ReportSection> sections;
  std::vector<QuotedFigure> figures;
  std::optional<reports::ReportTables> tables;  // set exactly when format is national
  std::string change_note;
  std::string author;
  std::string created_at;     // ISO date-time
  std::string published_on;   // YYYY-MM-DD, "" for a draft
  std::string superseded_on;  // YYYY-MM-DD, "" unless superseded

  // "吴忠市民政局2017年政府信息公开工作年度报告".
  std::string title() const;
};

// The version's content as a draft.
ReportDraft as_draft(const ReportVersion& version);

// A fresh draft as an unsaved draft version (number 0), to render a preview.
ReportVersion unsaved_version(const ReportDraft& draft);

}  // namespace gongkai::annualreport
