-- Jury decisions (issue 6): one decision per application, the contract the feedback report and the good-examples
-- library read. The jury component adds its workspace, meeting and minutes tables in V8.
-- MySQL 8 DDL that also runs on MariaDB 10.11+ and on H2 in MySQL mode. Append-only.

CREATE TABLE jury_decision (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    application_id  BIGINT       NOT NULL,
    cycle_id        BIGINT       NOT NULL,
    -- WINNER, HONOURABLE_MENTION, NOT_AWARDED
    outcome         VARCHAR(24)  NOT NULL,
    -- publishable; required for winners and honourable mentions
    motivation      TEXT         NULL,
    decided_at      DATETIME     NOT NULL,
    decided_by      VARCHAR(254) NOT NULL,
    -- set when the cycle's decisions are announced; from then on the decision is locked
    announced_at    DATETIME     NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_jury_decision_application UNIQUE (application_id),
    CONSTRAINT fk_jury_decision_application FOREIGN KEY (application_id) REFERENCES application (id),
    CONSTRAINT fk_jury_decision_cycle FOREIGN KEY (cycle_id) REFERENCES award_cycle (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_jury_decision_cycle ON jury_decision (cycle_id);
