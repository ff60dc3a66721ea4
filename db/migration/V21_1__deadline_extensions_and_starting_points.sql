-- A later deadline for one unit's application, granted by an administrator with a reason (issue 13). One in force
-- per application: granting again replaces it, revoking clears it; the history is in domain_event. extension_used_at
-- is set the first time the unit writes or submits after the cycle's own deadline: from then on it is no longer
-- revocable.
ALTER TABLE application ADD COLUMN extended_until DATETIME NULL;
ALTER TABLE application ADD COLUMN extension_reason VARCHAR(1000) NULL;
ALTER TABLE application ADD COLUMN extension_granted_by VARCHAR(254) NULL;
ALTER TABLE application ADD COLUMN extension_granted_at DATETIME NULL;
ALTER TABLE application ADD COLUMN extension_used_at DATETIME NULL;
-- The unit's earlier application this draft was started from (its answers copied): the answers to criteria that
-- no longer exist are read from there, so nothing written last year is lost.
ALTER TABLE application ADD COLUMN started_from_id BIGINT NULL;
ALTER TABLE application ADD CONSTRAINT fk_application_started_from FOREIGN KEY (started_from_id) REFERENCES application (id);
