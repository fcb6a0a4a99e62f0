#include "catalog/domain_fixture.h"

#include "org/agency_repository.h"

namespace gongkai::testing {

void DomainTest::SetUp() {
  StoreTest::SetUp();
  if (IsSkipped() || HasFatalFailure()) return;
  db_->migrate();
}

int64_t DomainTest::create_small_agency() {
  auto c = db_->lease();
  store::Transaction t(*c);
  org::Agency agency;
  agency.code = "test";
  agency.name = "测试市民政局";
  agency.index_code = "000014349";
  agency.index_pattern = "{code}/{year}-{serial:5}";
  const int64_t id = org::create_agency(*c, actor_, agency);
  org::create_department(*c, actor_, {0, id, "bgs", "办公室"});
  catalog::create_category(*c, actor_, {id, "zcwj", std::nullopt, "政策文件", ""});
  catalog::create_category(*c, actor_, {id, "zcjd", std::nullopt, "政策解读", ""});
  catalog::create_category(*c, actor_, {id, "zdly", std::nullopt, "重点领域信息", ""});
  catalog::create_category(*c, actor_, {id, "shjz", std::string("zdly"), "社会救助", ""});
  t.commit();
  return id;
}

catalog::NewItem DomainTest::item(int64_t agency_id, const std::string& category, const std::string& title,
                                  const std::string& published) {
  catalog::NewItem item;
  item.agency_id = agency_id;
  item.category_code = category;
  item.title = title;
  item.written_date = published;
  item.published_date = published;
  item.summary = "概述";
  item.body = "正文第一段。\n\n正文第二段。";
  return item;
}

int64_t DomainTest::create(const catalog::NewItem& item) {
  auto c = db_->lease();
  store::Transaction t(*c);
  const int64_t id = catalog::create_item(*c, actor_, item);
  t.commit();
  return id;
}

}  // namespace gongkai::testing
