// gongkai/workflow/publication_channel.h
//
// The channels (发布渠道) an item goes out on, as the source document lists
// them: the portal, the WeChat account and Weibo, newspapers, periodicals,
// television, other sites, the bulletin board and the reading point. One
// table: the key stored in item_channels.channel, the Chinese name, whether
// a publication there counts as "新闻媒体" in the annual report (the source:
// "通过《宁夏双拥》、《宁夏老龄工作》、自治区民政厅网站、吴忠日报等新闻媒体公开公示
// 各类政务信息63条"), and whether an outlet must be named.
//
// The portal is the item itself (its 发布日期): it is in the table for names
// and counts, but it is never recorded as a channel by hand.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

namespace gongkai::workflow {

struct PublicationChannel {
  std::string_view key;
  std::string_view name;
  bool news_media;      // counts among the report's 新闻媒体 publications
  bool needs_outlet;    // the paper, periodical, station or site must be named
  bool is_portal;       // the 门户网站: recorded by publishing the item
};

const std::vector<PublicationChannel>& publication_channels();
// By key or Chinese name.
std::optional<PublicationChannel> find_channel(std::string_view text);

}  // namespace gongkai::workflow
