-- Individual assessment (issue 5, scoring): one assessment per examiner and application, a score per criterion
-- and, on RADAR models, a percent per attribute. The raw value, its band, the computed points and the model it
-- was given on are stored, so a score stays explainable whatever happens to the model later.
-- MySQL 8 DDL that also runs on MariaDB 10.11+ and on H2 in MySQL mode. Append-only.

CREATE TABLE assessment (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    cycle_id        BIGINT       NOT NULL,
    application_id  BIGINT       NOT NULL,
    examiner_id     BIGINT       NOT NULL,
    model_id        BIGINT       NOT NULL,
    status          VARCHAR(20)  NOT NULL,
    created_at      DATETIME     NOT NULL,
    changed_at      DATETIME     NOT NULL,
    submitted_at    DATETIME     NULL,
    locked_at       DATETIME     NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_assessment_application_examiner UNIQUE (application_id, examiner_id),
    CONSTRAINT fk_assessment_cycle FOREIGN KEY (cycle_id) REFERENCES award_cycle (id),
    CONSTRAINT fk_assessment_application FOREIGN KEY (application_id) REFERENCES application (id),
    CONSTRAINT fk_assessment_examiner FOREIGN KEY (examiner_id) REFERENCES person (id),
    CONSTRAINT fk_assessment_model FOREIGN KEY (model_id) REFERENCES evaluation_model (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_assessment_cycle ON assessment (cycle_id);

CREATE TABLE criterion_score (
    assessment_id    BIGINT       NOT NULL,
    criterion_id     BIGINT       NOT NULL,
    criterion_code   VARCHAR(20)  NOT NULL,
    score_value      INT          NULL,
    band_label       VARCHAR(100) NULL,
    points           DECIMAL(8,1) NULL,
    justification    TEXT         NULL,
    strengths        TEXT         NULL,
    improvements     TEXT         NULL,
    visit_questions  TEXT         NULL,
    PRIMARY KEY (assessment_id, criterion_id),
    CONSTRAINT fk_criterion_score_assessment FOREIGN KEY (assessment_id) REFERENCES assessment (id) ON DELETE CASCADE,
    CONSTRAINT fk_criterion_score_criterion FOREIGN KEY (criterion_id) REFERENCES criterion (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE radar_score (
    assessment_id   BIGINT       NOT NULL,
    criterion_id    BIGINT       NOT NULL,
    attribute_code  VARCHAR(40)  NOT NULL,
    score_value     INT          NOT NULL,
    PRIMARY KEY (assessment_id, criterion_id, attribute_code),
    CONSTRAINT fk_radar_score_criterion_score FOREIGN KEY (assessment_id, criterion_id)
        REFERENCES criterion_score (assessment_id, criterion_id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
