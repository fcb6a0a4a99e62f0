#include "catalog/item.h"

namespace gongkai::catalog {

const std::string& InformationItem::public_text() const {
  static const std::string kNothing;
  if (attribute != DisclosureAttribute::kPartial) return body;
  // A 部分公开 item without its redacted body shows nothing rather than the original.
  return public_body ? *public_body : kNothing;
}

bool InformationItem::is_public(CivilDate today) const {
  return status == ItemStatus::kPublished && may_be_published(attribute) && published_date &&
         *published_date <= today;
}

}  // namespace gongkai::catalog
