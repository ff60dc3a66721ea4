-- Feedback reports (issue 5): the report of each application's closed consensus on its way to the applicant.
-- MySQL 8 DDL that also runs on MariaDB 10.11+ and on H2 in MySQL mode. Append-only.

-- per cycle: whether reports show the consensus score or only its band (owned by the feedback component)
ALTER TABLE award_cycle ADD COLUMN report_shows_score BOOLEAN NOT NULL DEFAULT TRUE;

-- one report per application: drafted by the team leader, reviewed and released by the administrator
CREATE TABLE feedback_report (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    application_id  BIGINT       NOT NULL,
    cycle_id        BIGINT       NOT NULL,
    status          VARCHAR(20)  NOT NULL,
    language        VARCHAR(2)   NOT NULL,
    drafted_at      DATETIME     NOT NULL,
    drafted_by      VARCHAR(254) NOT NULL,
    reviewed_at     DATETIME     NULL,
    reviewed_by     VARCHAR(254) NULL,
    released_at     DATETIME     NULL,
    released_by     VARCHAR(254) NULL,
    meeting_on      DATE         NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_feedback_report_application UNIQUE (application_id),
    CONSTRAINT fk_feedback_report_application FOREIGN KEY (application_id) REFERENCES application (id),
    CONSTRAINT fk_feedback_report_cycle FOREIGN KEY (cycle_id) REFERENCES award_cycle (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_feedback_report_cycle ON feedback_report (cycle_id);

-- the report exactly as released: the applicant downloads this copy, so later changes never alter what they got
CREATE TABLE feedback_report_file (
    report_id    BIGINT       NOT NULL PRIMARY KEY,
    content      LONGBLOB     NOT NULL,
    created_at   DATETIME     NOT NULL,
    CONSTRAINT fk_feedback_report_file_report FOREIGN KEY (report_id) REFERENCES feedback_report (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
