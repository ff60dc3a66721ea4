-- The renewal prize's written feedback to each entrant (issue 13, item 5), owned by renewal: drafted from the
-- jurors' submitted justifications, edited by an administrator, released on or after the cycle's feedback date.
-- MySQL 8 DDL that also runs on MariaDB 10.11+ and on H2 in MySQL mode. Append-only.

CREATE TABLE renewal_feedback (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    application_id  BIGINT       NOT NULL,
    cycle_id        BIGINT       NOT NULL,
    summary         TEXT         NULL,
    status          VARCHAR(20)  NOT NULL,
    drafted_at      DATETIME     NOT NULL,
    drafted_by      VARCHAR(254) NOT NULL,
    released_at     DATETIME     NULL,
    released_by     VARCHAR(254) NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_renewal_feedback_application UNIQUE (application_id),
    CONSTRAINT fk_renewal_feedback_application FOREIGN KEY (application_id) REFERENCES application (id),
    CONSTRAINT fk_renewal_feedback_cycle FOREIGN KEY (cycle_id) REFERENCES award_cycle (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- per criterion the feedback text (started from the jurors' justifications)
CREATE TABLE renewal_feedback_text (
    feedback_id     BIGINT       NOT NULL,
    criterion_code  VARCHAR(40)  NOT NULL,
    text            TEXT         NULL,
    PRIMARY KEY (feedback_id, criterion_code),
    CONSTRAINT fk_renewal_feedback_text_feedback FOREIGN KEY (feedback_id) REFERENCES renewal_feedback (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
