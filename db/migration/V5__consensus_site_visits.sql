-- Issue 5, engineer B: the team's consensus per application, its sign-offs, and the site visit.

-- one consensus per application, opened by the team leader (individual assessments are locked then)
CREATE TABLE consensus (
    id                      BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    cycle_id                BIGINT       NOT NULL,
    application_id          BIGINT       NOT NULL,
    model_id                BIGINT       NOT NULL,
    status                  VARCHAR(20)  NOT NULL,
    opened_at               DATETIME     NOT NULL,
    opened_by               BIGINT       NOT NULL,
    closed_at               DATETIME     NULL,
    closed_by               BIGINT       NULL,
    key_strengths           TEXT         NULL,
    key_improvements        TEXT         NULL,
    site_visit_recommended  BOOLEAN      NULL,
    proposed_level          VARCHAR(60)  NULL,
    version                 BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_consensus_application UNIQUE (application_id),
    CONSTRAINT fk_consensus_cycle FOREIGN KEY (cycle_id) REFERENCES award_cycle (id),
    CONSTRAINT fk_consensus_application FOREIGN KEY (application_id) REFERENCES application (id),
    CONSTRAINT fk_consensus_model FOREIGN KEY (model_id) REFERENCES evaluation_model (id),
    CONSTRAINT fk_consensus_opened_by FOREIGN KEY (opened_by) REFERENCES person (id),
    CONSTRAINT fk_consensus_closed_by FOREIGN KEY (closed_by) REFERENCES person (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_consensus_cycle ON consensus (cycle_id);

-- the agreed score per criterion; a row has its own version so two members editing different criteria
-- do not refuse each other, while two editing the same criterion do
CREATE TABLE consensus_score (
    consensus_id       BIGINT        NOT NULL,
    criterion_code     VARCHAR(40)   NOT NULL,
    position           INT           NOT NULL,
    score_value        INT           NULL,
    band_label         VARCHAR(120)  NULL,
    points             DECIMAL(8,1)  NULL,
    justification      TEXT          NULL,
    strengths          TEXT          NULL,
    improvements       TEXT          NULL,
    adjusted_value     INT           NULL,
    adjusted_band      VARCHAR(120)  NULL,
    adjusted_points    DECIMAL(8,1)  NULL,
    adjustment_reason  TEXT          NULL,
    adjusted_at        DATETIME      NULL,
    adjusted_by        BIGINT        NULL,
    version            BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (consensus_id, criterion_code),
    CONSTRAINT fk_consensus_score_consensus FOREIGN KEY (consensus_id) REFERENCES consensus (id) ON DELETE CASCADE,
    CONSTRAINT fk_consensus_score_adjusted_by FOREIGN KEY (adjusted_by) REFERENCES person (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE consensus_signoff (
    consensus_id  BIGINT    NOT NULL,
    person_id     BIGINT    NOT NULL,
    signed_at     DATETIME  NOT NULL,
    PRIMARY KEY (consensus_id, person_id),
    CONSTRAINT fk_consensus_signoff_consensus FOREIGN KEY (consensus_id) REFERENCES consensus (id) ON DELETE CASCADE,
    CONSTRAINT fk_consensus_signoff_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE site_visit (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    application_id  BIGINT        NOT NULL,
    visit_date      DATE          NULL,
    participants    TEXT          NULL,
    interviewees    TEXT          NULL,
    held            BOOLEAN       NOT NULL DEFAULT FALSE,
    selected_at     DATETIME      NOT NULL,
    selected_by     BIGINT        NOT NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_site_visit_application UNIQUE (application_id),
    CONSTRAINT fk_site_visit_application FOREIGN KEY (application_id) REFERENCES application (id),
    CONSTRAINT fk_site_visit_selected_by FOREIGN KEY (selected_by) REFERENCES person (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE visit_question (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    site_visit_id   BIGINT        NOT NULL,
    position        INT           NOT NULL,
    criterion_code  VARCHAR(40)   NOT NULL,
    question        TEXT          NOT NULL,
    outcome         VARCHAR(20)   NULL,
    note            TEXT          NULL,
    CONSTRAINT fk_visit_question_visit FOREIGN KEY (site_visit_id) REFERENCES site_visit (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_visit_question_visit ON visit_question (site_visit_id, position);
