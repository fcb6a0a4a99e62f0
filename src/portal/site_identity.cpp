#include "portal/site_identity.h"

namespace gongkai::portal {

const SiteIdentity& site_identity() {
  // DEMO values: 640300 is the region code of 吴忠市; the numbers are invented.
  static const SiteIdentity identity{
      "6403000010",
      "宁ICP备05000123号-1",
      "宁公网安备 64030202000123号",
      "64030202000123",
      true,
  };
  return identity;
}

}  // namespace gongkai::portal
