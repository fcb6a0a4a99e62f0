// gongkai/core/xlsx_writer.h
//
// A workbook written with libxlsxwriter, returned as bytes. libxlsxwriter
// 1.1.4 (Debian 12) writes only to a named file, so the workbook goes to a
// temporary file of our own (mkstemp), which is read back and removed
// whatever happens.
#pragma once

#include <functional>
#include <string>

struct lxw_workbook;

namespace gongkai {

// Calls `fill` with a new workbook, closes it and returns the file's bytes.
// Throws StoreError when no temporary file can be made or the workbook cannot
// be written; an exception from `fill` passes through, the file removed.
std::string write_xlsx(const std::function<void(lxw_workbook*)>& fill);

}  // namespace gongkai
