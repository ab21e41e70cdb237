-- Guarantee Desk: the client archive, nudges, processed Slack events and DM follow-ups.
-- Dates in the archive's own forms: IsoDate → date; a yearly date (MM-DD or YYYY-MM-DD) → text.

-- Timestamps of records (created_at, updated_at, nudges.at) are kept as the ISO strings the archive
-- holds (exact round trip, checked as timestamps); `seq` keeps the order records were added.
CREATE TABLE clients (
  id                text PRIMARY KEY,
  seq               bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
  owner             text NOT NULL,
  name              text NOT NULL,
  -- normalizeName(name) (src/core/archive/names.ts), written by the adapter
  name_norm         text NOT NULL,
  industry          text,
  region            text,
  figures           jsonb NOT NULL DEFAULT '{}'::jsonb,
  class             text CHECK (class IN ('A', 'B', 'C', 'D')),
  stage             text CHECK (stage IN ('考察期', '形成期', '稳定期', '退化期')),
  relationship_type text CHECK (relationship_type IN ('基本型', '被动型', '负责型', '能动型', '伙伴型')),
  last_contact      date,
  created_at        text NOT NULL CHECK (created_at::timestamptz IS NOT NULL),
  updated_at        text NOT NULL CHECK (updated_at::timestamptz IS NOT NULL),
  CONSTRAINT clients_owner_name_unique UNIQUE (owner, name_norm)
);
CREATE INDEX clients_name_norm ON clients (name_norm text_pattern_ops);
CREATE INDEX clients_owner ON clients (owner, seq);

-- A client's people (Client.contacts), in their order.
CREATE TABLE client_contacts (
  client_id     text NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
  pos           integer NOT NULL,
  name          text NOT NULL,
  role          text,
  phone         text,
  birthday      text,
  anniversaries jsonb,
  PRIMARY KEY (client_id, pos)
);

CREATE TABLE guarantees (
  client_id  text NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
  pos        integer NOT NULL,
  product    text NOT NULL,
  amount     numeric CHECK (amount > 0),
  start_date date,
  due        date NOT NULL,
  PRIMARY KEY (client_id, pos)
);
CREATE INDEX guarantees_due ON guarantees (due);

CREATE TABLE contact_logs (
  id        text PRIMARY KEY,
  seq       bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
  client_id text NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
  date      date NOT NULL,
  note      text NOT NULL,
  by_user   text NOT NULL
);
CREATE INDEX contact_logs_client ON contact_logs (client_id, seq);

CREATE TABLE visits (
  id             text PRIMARY KEY,
  seq            bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
  client_id      text NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
  date           date NOT NULL,
  author         text NOT NULL,
  -- json, not jsonb: the report's parts keep their order
  fields         json NOT NULL,
  next_follow_up date
);
CREATE INDEX visits_client ON visits (client_id, seq);
CREATE INDEX visits_date ON visits (date DESC, seq DESC);

-- Nudge claims and their outcome: one row per key (a nudge, or a daily run `run:<date>`).
-- client_id: the client a nudge key names (core parseNudgeKey), null for run keys; not a foreign key
-- (the log outlives nothing it must guard, and a reminder's log may be kept after its client changes).
CREATE TABLE nudges (
  key       text PRIMARY KEY,
  client_id text,
  status    text NOT NULL CHECK (status IN ('sent', 'failed', 'snoozed', 'dismissed')),
  at        text NOT NULL CHECK (at::timestamptz IS NOT NULL),
  until     text
);
CREATE INDEX nudges_client ON nudges (client_id);

-- Slack event ids already handled (src/ports/event-ledger.ts); rows older than a day are deleted.
CREATE TABLE processed_events (
  key text PRIMARY KEY,
  at  timestamptz NOT NULL
);
CREATE INDEX processed_events_at ON processed_events (at);

-- A DM quote waiting for its missing figure (src/ports/follow-ups.ts), one per user.
CREATE TABLE follow_ups (
  user_id text PRIMARY KEY,
  pending jsonb NOT NULL,
  since   bigint NOT NULL
);
