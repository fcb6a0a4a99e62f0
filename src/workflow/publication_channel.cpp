#include "workflow/publication_channel.h"

namespace gongkai::workflow {

const std::vector<PublicationChannel>& publication_channels() {
  static const std::vector<PublicationChannel> table{
      {"portal", "门户网站", false, false, true},
      {"wechat", "微信公众号", false, false, false},
      {"weibo", "微博", false, false, false},
      {"newspaper", "报纸", true, true, false},
      {"periodical", "期刊", true, true, false},
      {"television", "电视", true, true, false},
      {"other_site", "其他网站", true, true, false},
      {"bulletin_board", "公示栏", false, false, false},
      {"reading_point", "查阅点", false, false, false},
  };
  return table;
}

std::optional<PublicationChannel> find_channel(std::string_view text) {
  for (const auto& channel : publication_channels()) {
    if (channel.key == text || channel.name == text) return channel;
  }
  return std::nullopt;
}

}  // namespace gongkai::workflow
