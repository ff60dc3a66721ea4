-- The award ceremony (issue 13, item 5): its day and place per cycle, owned by cycles: set by administrators,
-- locked once the cycle has moved past the announcement, corrected only with a recorded reason.
-- MySQL 8 DDL that also runs on MariaDB 10.11+ and on H2 in MySQL mode. Append-only.

ALTER TABLE award_cycle ADD COLUMN ceremony_on DATE NULL;
ALTER TABLE award_cycle ADD COLUMN ceremony_place VARCHAR(200) NULL;
