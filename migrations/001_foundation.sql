-- The foundation: agencies and their disclosure office, departments, the
-- 公开指南, the catalogue (categories, items, versions, attachments, links),
-- the search change-log and the audit log.

CREATE TABLE agencies (
  id {{id}},
  code TEXT NOT NULL UNIQUE,             -- short code, e.g. wzsmzj
  name TEXT NOT NULL,                    -- full name, never abbreviated
  credit_code TEXT UNIQUE,               -- 统一社会信用代码
  index_code TEXT NOT NULL,              -- the code used in 索引号
  index_pattern TEXT NOT NULL,           -- e.g. {code}/{year}-{serial:5}
  website TEXT NOT NULL DEFAULT '',
  office_name TEXT NOT NULL DEFAULT '',  -- the disclosure office (信息公开工作机构)
  office_address TEXT NOT NULL DEFAULT '',
  office_phone TEXT NOT NULL DEFAULT '',
  office_fax TEXT NOT NULL DEFAULT '',
  office_postcode TEXT NOT NULL DEFAULT '',
  office_email TEXT NOT NULL DEFAULT '',
  office_hours TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL
);

CREATE TABLE departments (
  id {{id}},
  agency_id {{bigint}} NOT NULL REFERENCES agencies(id),
  code TEXT NOT NULL,
  name TEXT NOT NULL,
  UNIQUE (agency_id, code)
);

CREATE TABLE guide_sections (
  id {{id}},
  agency_id {{bigint}} NOT NULL REFERENCES agencies(id),
  section_key TEXT NOT NULL,
  title TEXT NOT NULL,
  body TEXT NOT NULL,
  sort_order INTEGER NOT NULL,
  UNIQUE (agency_id, section_key)
);

CREATE TABLE categories (
  id {{id}},
  agency_id {{bigint}} NOT NULL REFERENCES agencies(id),
  code TEXT NOT NULL,
  parent_id {{bigint}} REFERENCES categories(id),
  name TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  sort_order INTEGER NOT NULL,
  UNIQUE (agency_id, code)
);

CREATE TABLE items (
  id {{id}},
  agency_id {{bigint}} NOT NULL REFERENCES agencies(id),
  category_id {{bigint}} NOT NULL REFERENCES categories(id),
  index_number TEXT NOT NULL UNIQUE,     -- 索引号
  index_year INTEGER NOT NULL,
  index_serial INTEGER NOT NULL,
  title TEXT NOT NULL,
  doc_number TEXT NOT NULL DEFAULT '',   -- 文号
  publisher TEXT NOT NULL,               -- 发布机构
  department_id {{bigint}} REFERENCES departments(id),
  written_date TEXT NOT NULL,            -- 成文日期
  published_date TEXT,                   -- 发布日期; NULL until published
  topic TEXT NOT NULL DEFAULT '',        -- 主题分类
  genre TEXT NOT NULL DEFAULT '',        -- 体裁分类
  validity TEXT NOT NULL CHECK (validity IN ('valid', 'expired', 'repealed')),
  attribute TEXT NOT NULL CHECK (attribute IN ('proactive', 'partial', 'on_request', 'withheld')),
  withholding_ground TEXT,
  summary TEXT NOT NULL DEFAULT '',      -- 内容概述
  body TEXT NOT NULL,
  public_body TEXT,                      -- the redacted body of a 部分公开 item
  status TEXT NOT NULL CHECK (status IN ('draft', 'published', 'revoked')),
  version INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (agency_id, index_year, index_serial)
);
CREATE INDEX items_by_agency_date ON items (agency_id, status, published_date);
CREATE INDEX items_by_category_date ON items (category_id, status, published_date);

CREATE TABLE item_versions (
  id {{id}},
  item_id {{bigint}} NOT NULL REFERENCES items(id),
  version INTEGER NOT NULL,
  snapshot TEXT NOT NULL,                -- the item's fields as JSON
  changed_at TEXT NOT NULL,
  changed_by TEXT NOT NULL,
  note TEXT NOT NULL DEFAULT '',
  UNIQUE (item_id, version)
);

CREATE TABLE attachments (
  id {{id}},
  item_id {{bigint}} NOT NULL REFERENCES items(id),
  file_name TEXT NOT NULL,
  media_type TEXT NOT NULL,
  size_bytes {{bigint}} NOT NULL,
  sha256 TEXT NOT NULL,
  content_base64 TEXT NOT NULL,         -- the file, base64 (portable across both engines)
  created_at TEXT NOT NULL
);
CREATE INDEX attachments_by_item ON attachments (item_id);

CREATE TABLE item_links (
  id {{id}},
  from_item_id {{bigint}} NOT NULL REFERENCES items(id),
  to_item_id {{bigint}} NOT NULL REFERENCES items(id),
  kind TEXT NOT NULL CHECK (kind IN ('interprets')),
  UNIQUE (from_item_id, to_item_id, kind)
);

-- Every change to an item that may alter what search shows, in commit order;
-- each node's search index follows it (search/index_follower.h).
CREATE TABLE search_changes (
  seq {{id}},
  item_id {{bigint}} NOT NULL,
  changed_at TEXT NOT NULL
);

-- Append-only; each record's hash covers its fields and the previous hash.
CREATE TABLE audit_log (
  id {{id}},
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  remote_address TEXT NOT NULL DEFAULT '',
  action TEXT NOT NULL,
  entity TEXT NOT NULL,
  entity_id TEXT NOT NULL DEFAULT '',
  before_json TEXT NOT NULL DEFAULT '',
  after_json TEXT NOT NULL DEFAULT '',
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL
);
