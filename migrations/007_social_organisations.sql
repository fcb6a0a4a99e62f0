-- 重点领域 · 社会组织: the registry of 社会团体, 民办非企业单位, 基金会 and
-- 养老机构 kept by a civil-affairs agency, and the append-only history of
-- each: registration (成立登记 / 批复设立), change (变更), cancellation (注销)
-- and annual inspection (年检). The kinds are a table in code
-- (src/keyareas/social_organisation_kind.cpp); `kind` holds its key.
-- Events are only ever inserted; the organisation row carries the current
-- state (name, legal representative, status) the events produced.
-- The legal representative is the name only: no ID number or phone is kept.

CREATE TABLE social_organisations (
  id {{id}},
  agency_id {{bigint}} NOT NULL REFERENCES agencies(id),
  kind TEXT NOT NULL,
  name TEXT NOT NULL,
  credit_code TEXT NOT NULL UNIQUE,          -- 统一社会信用代码 (GB 32100-2015)
  legal_representative TEXT NOT NULL,        -- 法定代表人 (name only)
  business_scope TEXT NOT NULL,              -- 业务范围
  registration_authority TEXT NOT NULL,      -- 登记管理机关
  registered_on TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'active',     -- active | cancelled
  cancelled_on TEXT
);
CREATE INDEX social_organisations_by_agency ON social_organisations (agency_id, kind, name);

CREATE TABLE social_organisation_events (
  id {{id}},
  organisation_id {{bigint}} NOT NULL REFERENCES social_organisations(id),
  event TEXT NOT NULL,                       -- registration | change | cancellation | inspection
  occurred_on TEXT NOT NULL,
  details TEXT NOT NULL DEFAULT '',          -- change: what changed; cancellation: the reason
  inspection_year {{bigint}},                -- 年检: the year inspected
  inspection_result TEXT,                    -- 合格 | 基本合格 | 不合格
  notice TEXT NOT NULL DEFAULT '',           -- 公告: registration and cancellation
  recorded_by TEXT NOT NULL
);
CREATE INDEX social_organisation_events_by_day ON social_organisation_events (event, occurred_on);
CREATE INDEX social_organisation_events_by_organisation ON social_organisation_events (organisation_id, id);
