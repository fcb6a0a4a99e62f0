-- 双公示 (行政许可和行政处罚信息公示): the administrative licensing
-- (行政许可), penalty (行政处罚) and coercion (行政强制) decisions of an
-- agency, in the fields of the national credit publicity format
-- (spec/conventions.md "双公示 fields"). The field lists are a table in code
-- (src/credit/credit_publicity_format.cpp); each field is the column of the
-- same key, shared by the kinds that have it (decision_date is 许可决定日期 for
-- a licence, 处罚决定日期 for a penalty). Amounts are whole fen; dates ISO TEXT.
-- 证件号码 (id_number) is collected for the credit platform and never shown on
-- a public page; public_name is the name a public page shows and searches
-- (a natural person's name masked, 张*明).
-- A decision is recorded, then published (published_on), and may be
-- withdrawn (撤销公示, with its reason). Its history — recorded, published,
-- corrected (更正, with the reason), withdrawn — is credit_decision_events,
-- only ever inserted. See docs/credit.md.

CREATE TABLE credit_decisions (
  id {{id}},
  agency_id {{bigint}} NOT NULL REFERENCES agencies(id),
  kind TEXT NOT NULL,                          -- licensing | penalty | coercion
  status TEXT NOT NULL DEFAULT 'recorded',     -- recorded | published | withdrawn
  public_name TEXT NOT NULL,
  published_on TEXT,
  withdrawn_on TEXT,
  withdrawal_reason TEXT,
  recorded_by TEXT NOT NULL,
  -- the party (行政相对人)
  party_name TEXT NOT NULL,                    -- 行政相对人名称
  party_category TEXT NOT NULL,                -- 行政相对人类别
  credit_code TEXT,                            -- 统一社会信用代码
  business_registration_number TEXT,           -- 工商注册号
  organisation_code TEXT,                      -- 组织机构代码
  tax_registration_number TEXT,                -- 税务登记号
  institution_certificate_number TEXT,         -- 事业单位证书号
  social_organisation_number TEXT,             -- 社会组织登记证号
  legal_representative TEXT,                   -- 法定代表人
  id_type TEXT,                                -- 证件类型
  id_number TEXT,                              -- 证件号码 (never public)
  -- the decision
  document_name TEXT,                          -- 行政许可决定文书名称
  document_number TEXT NOT NULL,               -- 决定文书号 / 决定书文号
  licence_category TEXT,                       -- 许可类别
  certificate_name TEXT,                       -- 许可证书名称
  licence_number TEXT,                         -- 许可编号
  licence_content TEXT,                        -- 许可内容
  violation_type TEXT,                         -- 违法行为类型
  violation_facts TEXT,                        -- 违法事实
  penalty_basis TEXT,                          -- 处罚依据
  penalty_category TEXT,                       -- 处罚类别
  penalty_content TEXT,                        -- 处罚内容
  fine_amount {{bigint}},                      -- 罚款金额, fen
  confiscated_amount {{bigint}},               -- 没收违法所得、没收非法财物的金额, fen
  suspended_licence TEXT,                      -- 暂扣或吊销证照名称及编号
  decision_date TEXT NOT NULL,                 -- 许可/处罚/强制决定日期
  valid_from TEXT,                             -- 有效期自
  valid_until TEXT,                            -- 有效期至
  penalty_valid_until TEXT,                    -- 处罚有效期
  publicity_until TEXT,                        -- 公示截止期
  authority TEXT NOT NULL,                     -- 许可/处罚/实施机关
  authority_credit_code TEXT NOT NULL,         -- 机关统一社会信用代码
  data_source TEXT NOT NULL,                   -- 数据来源单位
  data_source_credit_code TEXT NOT NULL,       -- 数据来源单位统一社会信用代码
  remarks TEXT                                 -- 备注
);
CREATE INDEX credit_decisions_by_date ON credit_decisions (agency_id, kind, decision_date);
CREATE INDEX credit_decisions_by_document ON credit_decisions (agency_id, document_number);

CREATE TABLE credit_decision_events (
  id {{id}},
  decision_id {{bigint}} NOT NULL REFERENCES credit_decisions(id),
  event TEXT NOT NULL,                         -- recorded | published | corrected | withdrawn
  occurred_on TEXT NOT NULL,
  reason TEXT NOT NULL DEFAULT '',             -- corrected, withdrawn: why; corrected: also what changed
  recorded_by TEXT NOT NULL
);
CREATE INDEX credit_decision_events_by_decision ON credit_decision_events (decision_id, id);
