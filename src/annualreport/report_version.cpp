// gongkai/annualreport/report_version.cpp
#include "annualreport/report_version.h"

#include "core/errors.h"

namespace gongkai::annualreport {

std::string_view status_key(VersionStatus status) {
  switch (status) {
    case VersionStatus::draft: return "draft";
    case VersionStatus::published: return "published";
    case VersionStatus::superseded: return "superseded";
  }
  return "";
}

std::string_view status_label(VersionStatus status) {
  switch (status) {
    case VersionStatus::draft: return "草稿";
    case VersionStatus::published: return "已发布";
    case VersionStatus::superseded: return "已被更正";
  }
  return "";
}

VersionStatus status_from_key(std::string_view key) {
  if (key == "draft") return VersionStatus::draft;
  if (key == "published") return VersionStatus::published;
  if (key == "superseded") return VersionStatus::superseded;
  throw InvalidInput("未知的年度报告版本状态：" + std::string(key));
}

std::string ReportVersion::title() const {
  return agency_name + std::to_string(year) + "年政府信息公开工作年度报告";
}

ReportDraft as_draft(const ReportVersion& version) {
  ReportDraft draft;
  draft.agency_id = version.agency_id;
  draft.agency_name = version.agency_name;
  draft.year = version.year;
  draft.format = version.format;
  draft.tables = version.tables;
  draft.figures = version.figures;
  draft.sections = version.sections;
  return draft;
}

ReportVersion unsaved_version(const ReportDraft& draft) {
  ReportVersion version;
  version.agency_id = draft.agency_id;
  version.agency_name = draft.agency_name;
  version.year = draft.year;
  version.format = draft.format;
  version.tables = draft.tables;
  version.figures = draft.figures;
  version.sections = draft.sections;
  return version;
}

}  // namespace gongkai::annualreport
