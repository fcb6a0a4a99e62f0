#include "core/xlsx_reader.h"

#include <minizip/unzip.h>
#include <pugixml.hpp>

#include <cmath>
#include <cstdio>
#include <cstring>
#include <map>
#include <memory>
#include <optional>

#include "core/errors.h"

namespace gongkai {
namespace {

// ---- the zip container, read from memory --------------------------------

struct MemoryStream {
  std::string_view bytes;
  size_t position = 0;
};

voidpf ZCALLBACK open_memory(voidpf opaque, const char*, int) { return opaque; }

uLong ZCALLBACK read_memory(voidpf, voidpf stream, void* buffer, uLong size) {
  auto* s = static_cast<MemoryStream*>(stream);
  const size_t n = std::min<size_t>(size, s->bytes.size() - s->position);
  std::memcpy(buffer, s->bytes.data() + s->position, n);
  s->position += n;
  return static_cast<uLong>(n);
}

uLong ZCALLBACK write_memory(voidpf, voidpf, const void*, uLong) { return 0; }

long ZCALLBACK tell_memory(voidpf, voidpf stream) { return static_cast<long>(static_cast<MemoryStream*>(stream)->position); }

long ZCALLBACK seek_memory(voidpf, voidpf stream, uLong offset, int origin) {
  auto* s = static_cast<MemoryStream*>(stream);
  size_t base = 0;
  if (origin == ZLIB_FILEFUNC_SEEK_CUR) base = s->position;
  if (origin == ZLIB_FILEFUNC_SEEK_END) base = s->bytes.size();
  if (base + offset > s->bytes.size()) return -1;
  s->position = base + offset;
  return 0;
}

int ZCALLBACK close_memory(voidpf, voidpf) { return 0; }
int ZCALLBACK error_memory(voidpf, voidpf) { return 0; }

[[noreturn]] void unreadable(const std::string& why) { throw InvalidInput("无法读取XLSX文件：" + why); }

class ZipArchive {
 public:
  explicit ZipArchive(std::string_view bytes) : stream_{bytes, 0} {
    zlib_filefunc_def functions{open_memory, read_memory, write_memory, tell_memory, seek_memory,
                                close_memory, error_memory, &stream_};
    handle_ = unzOpen2(nullptr, &functions);
    if (!handle_) unreadable("文件不是有效的XLSX（zip）格式");
  }
  ~ZipArchive() { unzClose(handle_); }
  ZipArchive(const ZipArchive&) = delete;
  ZipArchive& operator=(const ZipArchive&) = delete;

  // The entry's bytes, or nullopt when the archive has no such entry.
  std::optional<std::string> entry(const std::string& name) {
    if (unzLocateFile(handle_, name.c_str(), 0) != UNZ_OK) return std::nullopt;
    unz_file_info info{};
    if (unzGetCurrentFileInfo(handle_, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK) unreadable(name);
    constexpr uLong kMaxEntry = 64ul * 1024 * 1024;
    if (info.uncompressed_size > kMaxEntry) unreadable("工作表过大");
    if (unzOpenCurrentFile(handle_) != UNZ_OK) unreadable(name);
    std::string out(info.uncompressed_size, '\0');
    const int n = out.empty() ? 0 : unzReadCurrentFile(handle_, out.data(), static_cast<unsigned>(out.size()));
    unzCloseCurrentFile(handle_);
    if (n < 0 || static_cast<size_t>(n) != out.size()) unreadable(name + "已损坏");
    return out;
  }

 private:
  MemoryStream stream_;
  unzFile handle_ = nullptr;
};

pugi::xml_document parse_xml(const std::string& text, const std::string& name) {
  pugi::xml_document doc;
  if (!doc.load_buffer(text.data(), text.size())) unreadable(name + "不是有效的XML");
  return doc;
}

// ---- the workbook's parts -----------------------------------------------

// The text of a <si> or <is>: its <t>, or the <t> of each run <r>.
std::string rich_text(const pugi::xml_node& node) {
  if (auto t = node.child("t")) return t.text().get();
  std::string text;
  for (auto run : node.children("r")) text += run.child("t").text().get();
  return text;
}

std::vector<std::string> shared_strings(ZipArchive& zip) {
  std::vector<std::string> strings;
  const auto xml = zip.entry("xl/sharedStrings.xml");
  if (!xml) return strings;
  const auto doc = parse_xml(*xml, "sharedStrings.xml");
  for (auto si : doc.child("sst").children("si")) strings.push_back(rich_text(si));
  return strings;
}

// "xl/worksheets/sheet1.xml", found through the workbook and its relationships.
std::string first_sheet_path(ZipArchive& zip) {
  const auto workbook = zip.entry("xl/workbook.xml");
  if (!workbook) unreadable("缺少工作簿（xl/workbook.xml）");
  const auto wb = parse_xml(*workbook, "workbook.xml");
  const auto sheet = wb.child("workbook").child("sheets").child("sheet");
  if (!sheet) unreadable("工作簿中没有工作表");
  const std::string rid = sheet.attribute("r:id").value();
  const auto rels_xml = zip.entry("xl/_rels/workbook.xml.rels");
  if (!rels_xml) return "xl/worksheets/sheet1.xml";
  const auto rels = parse_xml(*rels_xml, "workbook.xml.rels");
  for (auto rel : rels.child("Relationships").children("Relationship")) {
    if (rid != rel.attribute("Id").value()) continue;
    std::string target = rel.attribute("Target").value();
    if (!target.empty() && target[0] == '/') return target.substr(1);
    return "xl/" + target;
  }
  unreadable("找不到第一个工作表");
}

// The widest sheet a spreadsheet program makes (XFD), and how many cells in
// all the rows read may span, so that a crafted file (a cell at XFD in every
// row) is refused rather than filling the memory.
constexpr int kMaxColumns = 16384;
constexpr size_t kMaxCells = 2'000'000;

// "C12" → column index 2 (A = 0); -1 when malformed or beyond XFD.
int column_of(std::string_view reference) {
  int column = 0;
  size_t i = 0;
  for (; i < reference.size() && reference[i] >= 'A' && reference[i] <= 'Z'; ++i) {
    column = column * 26 + (reference[i] - 'A' + 1);
    if (column > kMaxColumns) return -1;
  }
  if (i == 0) return -1;
  return column - 1;
}

// A number as the user typed it: binary noise beyond six decimals dropped.
std::string number_text(const std::string& raw) {
  if (raw.find_first_of(".eE") == std::string::npos) return raw;
  char* end = nullptr;
  const double value = std::strtod(raw.c_str(), &end);
  if (end == raw.c_str() || *end != '\0' || !std::isfinite(value)) return raw;
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.6f", value);
  std::string text = buffer;
  while (!text.empty() && text.back() == '0') text.pop_back();
  if (!text.empty() && text.back() == '.') text.pop_back();
  return text;
}

std::string cell_text(const pugi::xml_node& cell, const std::vector<std::string>& strings) {
  const std::string type = cell.attribute("t").value();
  if (type == "inlineStr") return rich_text(cell.child("is"));
  const std::string value = cell.child("v").text().get();
  if (type == "s") {
    const size_t index = static_cast<size_t>(std::strtoul(value.c_str(), nullptr, 10));
    return index < strings.size() ? strings[index] : "";
  }
  if (type == "str" || type == "e" || type == "b") return value;
  return number_text(value);
}

}  // namespace

bool looks_like_xlsx(std::string_view bytes) { return bytes.size() >= 4 && bytes.substr(0, 4) == std::string_view("PK\x03\x04", 4); }

std::vector<SheetRow> read_first_sheet(std::string_view xlsx_bytes) {
  ZipArchive zip(xlsx_bytes);
  const auto strings = shared_strings(zip);
  const std::string path = first_sheet_path(zip);
  const auto xml = zip.entry(path);
  if (!xml) unreadable("缺少工作表" + path);
  const auto doc = parse_xml(*xml, path);
  std::vector<SheetRow> rows;
  size_t cells = 0;
  int previous_row = 0;
  for (auto row : doc.child("worksheet").child("sheetData").children("row")) {
    SheetRow out;
    out.row = row.attribute("r").as_int(previous_row + 1);
    previous_row = out.row;
    int next_column = 0;
    bool any = false;
    for (auto cell : row.children("c")) {
      const char* reference = cell.attribute("r").value();
      int column = *reference ? column_of(reference) : next_column;
      if (column < 0) column = next_column;
      if (column >= kMaxColumns) unreadable("工作表超过" + std::to_string(kMaxColumns) + "列");
      if (static_cast<size_t>(column) >= out.cells.size()) {
        cells += column + 1 - out.cells.size();
        if (cells > kMaxCells) unreadable("工作表过大");
        out.cells.resize(column + 1);
      }
      out.cells[column] = cell_text(cell, strings);
      any = any || !out.cells[column].empty();
      next_column = column + 1;
    }
    if (any) rows.push_back(std::move(out));
  }
  return rows;
}

}  // namespace gongkai
