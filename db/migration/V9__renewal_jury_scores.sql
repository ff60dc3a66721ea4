-- Renewal-prize jury scoring (issue 6): the renewal prize has no examiner teams, each jury member scores each
-- entry on the prize's evaluation model directly, with a value and a short justification per criterion.
-- The prize money per cycle is the cycles component's cycle_category.prize_amount (set on the renewal settings
-- page through the cycles boundary), so there is one amount and not two that could disagree.
-- MySQL 8 DDL that also runs on MariaDB 10.11+ and on H2 in MySQL mode. Append-only.

-- one juror's scoring of one renewal-prize entry: a draft until submitted, read-only after
CREATE TABLE juror_score (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    cycle_id        BIGINT       NOT NULL,
    application_id  BIGINT       NOT NULL,
    juror_id        BIGINT       NOT NULL,
    model_id        BIGINT       NOT NULL,
    status          VARCHAR(20)  NOT NULL,
    created_at      DATETIME     NOT NULL,
    changed_at      DATETIME     NOT NULL,
    submitted_at    DATETIME     NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_juror_score_application_juror UNIQUE (application_id, juror_id),
    CONSTRAINT fk_juror_score_cycle FOREIGN KEY (cycle_id) REFERENCES award_cycle (id),
    CONSTRAINT fk_juror_score_application FOREIGN KEY (application_id) REFERENCES application (id),
    CONSTRAINT fk_juror_score_juror FOREIGN KEY (juror_id) REFERENCES person (id),
    CONSTRAINT fk_juror_score_model FOREIGN KEY (model_id) REFERENCES evaluation_model (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_juror_score_cycle ON juror_score (cycle_id);

-- a value per criterion with the points it gave when it was set, and the juror's short justification
CREATE TABLE juror_criterion_score (
    juror_score_id  BIGINT       NOT NULL,
    criterion_id    BIGINT       NOT NULL,
    criterion_code  VARCHAR(20)  NOT NULL,
    score_value     INT          NULL,
    points          DECIMAL(8,1) NULL,
    justification   TEXT         NULL,
    PRIMARY KEY (juror_score_id, criterion_id),
    CONSTRAINT fk_juror_criterion_score_score FOREIGN KEY (juror_score_id) REFERENCES juror_score (id) ON DELETE CASCADE,
    CONSTRAINT fk_juror_criterion_score_criterion FOREIGN KEY (criterion_id) REFERENCES criterion (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
