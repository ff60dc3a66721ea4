-- The day a site visit actually took place, recorded when the team marks it held; it may be earlier than the
-- planned visit_date (a visit moved forward is recorded as it happened). Empty for visits held before this column.
ALTER TABLE site_visit ADD COLUMN held_on DATE NULL;
