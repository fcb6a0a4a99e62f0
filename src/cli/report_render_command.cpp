// `gongkai report build --agency CODE --year Y --format pdf|xlsx [--out F]`:
// the annual report as a PDF or an XLSX of its tables. When the year's report
// is published, the published version (frozen, with its date); otherwise a
// fresh draft from the records, marked （草稿）. Without --out the bytes go to
// standard output.
#include <fstream>
#include <iostream>

#include "annualreport/report_document.h"
#include "annualreport/report_publication.h"
#include "annualreport/report_queries.h"
#include "annualreport/report_workbook.h"
#include "app/app.h"
#include "cli/commands.h"
#include "cli/options.h"
#include "core/errors.h"
#include "org/agency_repository.h"

namespace gongkai::cli {

int run_report_render(const CommonOptions& options, const std::string& agency_code, int year,
                      const std::string& format, const std::string& out) {
  if (format != "pdf" && format != "xlsx") throw InvalidInput("输出格式应为pdf或xlsx：" + format);
  app::App application(app_config(options));
  auto connection = application.database().lease();
  const auto agency = org::require_agency(*connection, agency_code);
  const auto published = annualreport::public_report(*connection, agency.id, year);
  const annualreport::ReportVersion version =
      published ? published->current
                : annualreport::unsaved_version(annualreport::draft_annual_report(*connection, agency.id, year));
  const std::string bytes =
      format == "pdf" ? annualreport::report_pdf(version) : annualreport::report_workbook(version);
  if (out.empty()) {
    std::cout.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    return 0;
  }
  std::ofstream file(out, std::ios::binary);
  file.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (!file) throw InvalidInput("无法写入文件：" + out);
  return 0;
}

}  // namespace gongkai::cli
