-- The back office: staff accounts and sessions, the proactive-disclosure
-- workflow (an append-only event list per item, from which its state is
-- derived), publication channels, and public engagement (意见征集, 行政首长信箱,
-- 舆情).

-- Staff accounts (工作人员). role is one of org/role.h's keys.
CREATE TABLE users (
  id {{id}},
  agency_id {{bigint}} NOT NULL REFERENCES agencies(id),
  username TEXT NOT NULL UNIQUE,
  display_name TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('officer', 'secrecy_reviewer', 'deputy_leader',
                                     'principal_leader', 'office', 'administrator')),
  department_id {{bigint}} REFERENCES departments(id),
  password_hash TEXT NOT NULL,           -- argon2id, libsodium's string form
  must_change_password INTEGER NOT NULL DEFAULT 1,
  totp_secret TEXT NOT NULL DEFAULT '',  -- base32; '' until set up
  totp_enabled INTEGER NOT NULL DEFAULT 0,
  totp_last_step {{bigint}} NOT NULL DEFAULT 0,  -- a code is accepted once
  failed_logins INTEGER NOT NULL DEFAULT 0,
  locked_until TEXT,                     -- ISO-8601 UTC instant
  active INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  password_changed_at TEXT
);

-- Server-side sessions. The cookie holds a random token; only its SHA-256 is
-- stored. A session idle for 30 minutes is dead.
CREATE TABLE sessions (
  token_hash TEXT PRIMARY KEY,
  user_id {{bigint}} NOT NULL REFERENCES users(id),
  csrf_token TEXT NOT NULL,
  second_factor_done INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  last_seen_at TEXT NOT NULL,
  remote_address TEXT NOT NULL DEFAULT ''
);
CREATE INDEX sessions_by_user ON sessions (user_id);

-- The workflow projection on items: importance decides who approves;
-- workflow_state is derived from item_events (workflow/item_workflow.h) and
-- kept here only so that lists and dashboards can filter on it.
ALTER TABLE items ADD COLUMN importance TEXT NOT NULL DEFAULT 'ordinary';
ALTER TABLE items ADD COLUMN workflow_state TEXT NOT NULL DEFAULT 'draft';
ALTER TABLE items ADD COLUMN formed_date TEXT;  -- the day the information was formed or last changed
ALTER TABLE items ADD COLUMN created_by {{bigint}};
ALTER TABLE items ADD COLUMN body_format TEXT NOT NULL DEFAULT 'text';  -- 'text' or 'markdown' (rendered by cmark, raw HTML off)
UPDATE items SET workflow_state = status WHERE status IN ('published', 'revoked');
UPDATE items SET formed_date = written_date;
CREATE INDEX items_by_workflow ON items (agency_id, workflow_state);

-- The history of an item through the workflow, append-only.
CREATE TABLE item_events (
  id {{id}},
  item_id {{bigint}} NOT NULL REFERENCES items(id),
  kind TEXT NOT NULL,                    -- workflow/item_event.h
  at TEXT NOT NULL,                      -- ISO-8601 UTC instant
  on_date TEXT NOT NULL,                 -- the civil date in China it counts for
  user_id {{bigint}} REFERENCES users(id),
  actor TEXT NOT NULL,
  comment TEXT NOT NULL DEFAULT '',
  data_json TEXT NOT NULL DEFAULT ''
);
CREATE INDEX item_events_by_item ON item_events (item_id, id);

-- Where an item went out besides the portal (发布渠道): 微信公众号, 微博, 报纸 …
-- channel is a key of workflow/publication_channel.h; outlet names the
-- paper, periodical or site (《宁夏双拥》, 吴忠日报 …).
CREATE TABLE item_channels (
  id {{id}},
  item_id {{bigint}} NOT NULL REFERENCES items(id),
  channel TEXT NOT NULL,
  outlet TEXT NOT NULL DEFAULT '',
  published_on TEXT NOT NULL,
  reference TEXT NOT NULL DEFAULT '',    -- issue number, URL, programme …
  recorded_by TEXT NOT NULL,
  recorded_at TEXT NOT NULL
);
CREATE INDEX item_channels_by_item ON item_channels (item_id);
CREATE INDEX item_channels_by_date ON item_channels (published_on);

-- 意见征集: a draft put out for comment before an important policy.
CREATE TABLE consultations (
  id {{id}},
  agency_id {{bigint}} NOT NULL REFERENCES agencies(id),
  title TEXT NOT NULL,
  draft_text TEXT NOT NULL,              -- 征求意见稿
  background TEXT NOT NULL,              -- 起草背景
  basis TEXT NOT NULL,                   -- 决策依据
  opens_on TEXT NOT NULL,
  closes_on TEXT NOT NULL,
  policy_item_id {{bigint}} REFERENCES items(id),  -- the policy adopted in the end
  adoption_summary TEXT NOT NULL DEFAULT '',       -- 采纳情况
  adoption_published_on TEXT,
  published INTEGER NOT NULL DEFAULT 1,
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL
);

CREATE TABLE consultation_comments (
  id {{id}},
  consultation_id {{bigint}} NOT NULL REFERENCES consultations(id),
  commenter_name TEXT NOT NULL DEFAULT '',  -- shown masked
  contact TEXT NOT NULL DEFAULT '',         -- never shown publicly
  body TEXT NOT NULL,
  remote_address TEXT NOT NULL,
  submitted_at TEXT NOT NULL,
  moderation TEXT NOT NULL DEFAULT 'pending' CHECK (moderation IN ('pending', 'approved', 'rejected')),
  adopted TEXT NOT NULL DEFAULT '' ,        -- '', 'adopted', 'partly', 'not_adopted'
  response TEXT NOT NULL DEFAULT '',
  moderated_by TEXT NOT NULL DEFAULT '',
  moderated_at TEXT
);
CREATE INDEX consultation_comments_by_consultation ON consultation_comments (consultation_id);
CREATE INDEX consultation_comments_by_address ON consultation_comments (remote_address, submitted_at);

-- 行政首长信箱: letters from the public, each with a tracking code.
CREATE TABLE letters (
  id {{id}},
  agency_id {{bigint}} NOT NULL REFERENCES agencies(id),
  tracking_code TEXT NOT NULL UNIQUE,
  writer_name TEXT NOT NULL,
  phone TEXT NOT NULL DEFAULT '',
  email TEXT NOT NULL DEFAULT '',
  address TEXT NOT NULL DEFAULT '',
  subject TEXT NOT NULL,
  body TEXT NOT NULL,
  remote_address TEXT NOT NULL,
  submitted_at TEXT NOT NULL,
  received_on TEXT NOT NULL,
  due_on TEXT NOT NULL,                  -- received_on + the reply period in working days
  assigned_user_id {{bigint}} REFERENCES users(id),
  reply TEXT NOT NULL DEFAULT '',
  replied_on TEXT,
  replied_by TEXT NOT NULL DEFAULT '',
  published INTEGER NOT NULL DEFAULT 0,
  public_subject TEXT NOT NULL DEFAULT '',  -- the masked exchange as published
  public_body TEXT NOT NULL DEFAULT '',
  public_reply TEXT NOT NULL DEFAULT ''
);
CREATE INDEX letters_by_agency ON letters (agency_id, submitted_at);
CREATE INDEX letters_by_address ON letters (remote_address, submitted_at);

-- 舆情: public-opinion records.
CREATE TABLE opinion_records (
  id {{id}},
  agency_id {{bigint}} NOT NULL REFERENCES agencies(id),
  source TEXT NOT NULL,                  -- where it was seen (网站, 微博, 报纸 …)
  topic TEXT NOT NULL,
  summary TEXT NOT NULL DEFAULT '',
  found_on TEXT NOT NULL,
  response TEXT NOT NULL DEFAULT '',
  responded_on TEXT,
  reported_upward_on TEXT,               -- when reported to the higher authority
  reported_to TEXT NOT NULL DEFAULT '',
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL
);

-- Agency settings the back office may change (e.g. the mailbox reply period).
CREATE TABLE agency_settings (
  agency_id {{bigint}} NOT NULL REFERENCES agencies(id),
  setting_key TEXT NOT NULL,
  value TEXT NOT NULL,
  PRIMARY KEY (agency_id, setting_key)
);
