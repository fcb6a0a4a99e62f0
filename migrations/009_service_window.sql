-- 政务服务: the power list (权力清单) and service items (政务服务事项) of an
-- agency, and the cases received at its service window (窗口办件).
--
-- service_items: one row per item. kind is a key of the table of 权力类别 in
-- src/services/service_kind.cpp; materials (申请材料: name, originals,
-- copies, note) and steps (办理流程: name, description) are JSON arrays.
-- Time limits are working days (行政许可法 Art. 82); 0 = 即办件. fee '' =
-- 不收费. state: draft, published, withdrawn.
--
-- service_cases: one row per case with the applicant (ID number sealed, as
-- in applications, and masked); service_case_events is its append-only
-- history, from which state and due date are derived
-- (src/services/window_clock.h); nothing derived is stored.
-- See docs/services.md.

CREATE TABLE service_items (
  id {{id}},
  agency_id {{bigint}} NOT NULL REFERENCES agencies(id),
  code TEXT NOT NULL,                      -- 事项编码
  kind TEXT NOT NULL,                      -- 权力类别 key
  name TEXT NOT NULL,
  basis TEXT NOT NULL,                     -- 设定依据
  conditions TEXT NOT NULL,                -- 受理条件
  materials TEXT NOT NULL,                 -- JSON [{name, originals, copies, note}]
  steps TEXT NOT NULL,                     -- JSON [{name, description}]
  legal_days INTEGER NOT NULL,             -- 法定办结时限, working days
  promised_days INTEGER NOT NULL,          -- 承诺办结时限, working days
  fee TEXT NOT NULL DEFAULT '',            -- 收费标准, '' = 不收费
  fee_basis TEXT NOT NULL DEFAULT '',      -- 收费依据
  unit TEXT NOT NULL,                      -- 办理机构
  window_location TEXT NOT NULL,           -- 办理地点（窗口）
  phone TEXT NOT NULL,                     -- 咨询电话 (an office phone, public)
  state TEXT NOT NULL DEFAULT 'draft',
  published_on TEXT NOT NULL DEFAULT '',
  withdrawn_on TEXT NOT NULL DEFAULT '',
  UNIQUE (agency_id, code)
);
CREATE INDEX service_items_by_kind ON service_items (agency_id, state, kind);

CREATE TABLE service_cases (
  id {{id}},
  agency_id {{bigint}} NOT NULL REFERENCES agencies(id),
  item_id {{bigint}} NOT NULL REFERENCES service_items(id),
  tracking_code TEXT NOT NULL UNIQUE,      -- 办件编号, 12 characters
  query_password_hash TEXT NOT NULL,
  applicant_name TEXT NOT NULL,
  id_number_sealed TEXT NOT NULL,
  id_number_masked TEXT NOT NULL,
  phone TEXT NOT NULL,
  received_on TEXT NOT NULL,               -- the day the window took the application
  registered_by TEXT NOT NULL
);
CREATE INDEX service_cases_by_agency ON service_cases (agency_id, received_on);

CREATE TABLE service_case_events (
  id {{id}},
  case_id {{bigint}} NOT NULL REFERENCES service_cases(id),
  kind TEXT NOT NULL,
  on_date TEXT NOT NULL,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  comment TEXT NOT NULL DEFAULT '',
  data TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX service_case_events_by_case ON service_case_events (case_id, id);
