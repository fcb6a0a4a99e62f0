// gongkai/org/agency.h
//
// An agency (行政机关) that publishes through gongkai, its disclosure office
// (政府信息公开工作机构) and its departments (科室). One installation may host
// several agencies; every record belongs to one.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace gongkai::org {

// The office that runs disclosure; its contacts appear in the 公开指南 and on
// every reply letter.
struct DisclosureOffice {
  std::string name;
  std::string address;
  std::string phone;
  std::string fax;
  std::string postcode;
  std::string email;
  std::string hours;
};

struct Agency {
  int64_t id = 0;
  std::string code;           // short code, e.g. "wzsmzj"
  std::string name;           // full name, e.g. "吴忠市民政局"
  std::string credit_code;    // 统一社会信用代码 ("" when unknown)
  std::string index_code;     // the code in 索引号
  std::string index_pattern;  // see core/index_number.h
  std::string website;
  DisclosureOffice office;
};

struct Department {
  int64_t id = 0;
  int64_t agency_id = 0;
  std::string code;
  std::string name;
};

// One section of the 政府信息公开指南, in display order.
struct GuideSection {
  std::string key;
  std::string title;
  std::string body;  // plain text, paragraphs separated by a blank line
};

}  // namespace gongkai::org
