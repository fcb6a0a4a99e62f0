#include "core/xlsx_writer.h"

#include <unistd.h>
#include <xlsxwriter.h>

#include <filesystem>
#include <fstream>
#include <iterator>

#include "core/errors.h"

namespace gongkai {
namespace {

// A temporary file name of our own, removed when it goes out of scope.
class ScratchFile {
 public:
  ScratchFile() {
    std::string pattern = (std::filesystem::temp_directory_path() / "gongkai-xlsx-XXXXXX").string();
    const int fd = mkstemp(pattern.data());
    if (fd < 0) throw StoreError("cannot create a temporary file for a workbook");
    close(fd);
    path_ = pattern;
  }
  ~ScratchFile() {
    std::error_code ignored;
    std::filesystem::remove(path_, ignored);
  }
  ScratchFile(const ScratchFile&) = delete;
  ScratchFile& operator=(const ScratchFile&) = delete;
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

}  // namespace

std::string write_xlsx(const std::function<void(lxw_workbook*)>& fill) {
  ScratchFile file;
  lxw_workbook* workbook = workbook_new(file.path().c_str());
  if (!workbook) throw StoreError("cannot start a workbook");
  try {
    fill(workbook);
  } catch (...) {
    workbook_close(workbook);
    throw;
  }
  if (workbook_close(workbook) != LXW_NO_ERROR) throw StoreError("cannot write a workbook");
  std::ifstream in(file.path(), std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

}  // namespace gongkai
