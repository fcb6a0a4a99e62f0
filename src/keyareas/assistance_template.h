// gongkai/keyareas/assistance_template.h
//
// The import template (导入模板) users download before an import: the header
// of assistance_import.h and one explanatory sheet (XLSX) or nothing else
// (CSV, UTF-8 with a BOM so that spreadsheet programs read the Chinese).
// The XLSX is written with libxlsxwriter; its 统计期 column is formatted as
// text so that "2017-03" is not turned into a date.
// The recipient list (公示名单) templates are the same for the header of
// recipient_import.h; their ID-number column is text so that a spreadsheet
// keeps all 18 characters.
#pragma once

#include <string>

namespace gongkai::keyareas {

std::string import_template_csv();

// Throws StoreError when the workbook cannot be written (no temporary space).
std::string import_template_xlsx();

std::string recipient_template_csv();
std::string recipient_template_xlsx();  // throws StoreError as above

}  // namespace gongkai::keyareas
