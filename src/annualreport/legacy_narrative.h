// gongkai/annualreport/legacy_narrative.h
//
// The text of a report for 2008–2018, in the structure of the source
// document: a preamble (heading ""), then 一、概述 ((一)组织领导 (二)制度机制
// 建设情况 (三)政策解读及热点舆情回应情况); 二、重点领域政府信息公开情况 (a
// sub-part per key area that has records: 社会救助, 社会组织, 双公示, 政务服务窗口);
// 三、政府信息主动公开情况; 四、人大代表建议和政协提案办理结果公开情况;
// 五、依申请公开政府信息和因政府信息公开申请行政复议、提起行政诉讼、收到投诉举报
// 情况; 六、政府信息公开存在的主要问题及改进措施 (a placeholder for the office).
#pragma once

#include <vector>

#include "annualreport/narrative_passages.h"

namespace gongkai::annualreport {

std::vector<ReportSection> legacy_sections(const PassageInput& in);

}  // namespace gongkai::annualreport
