-- A revision per owner (ArchiveStore.owners()): bumped in the same transaction as every write to
-- the owner's clients, contact logs, visits or nudge log, so a cached Home summary is never stale
-- and owners() reads one small table instead of the archive.
CREATE TABLE owner_revisions (
  owner text PRIMARY KEY,
  rev   bigint NOT NULL
);
INSERT INTO owner_revisions (owner, rev) SELECT DISTINCT owner, 1 FROM clients;
