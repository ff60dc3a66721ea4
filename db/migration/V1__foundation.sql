-- Foundation schema: organisation tree, people and accounts, award cycles, evaluation models, domain events.
-- MySQL 8 DDL that also runs on MariaDB 10.11+ and on H2 in MySQL mode (the embedded default).
-- Append-only: never edit a migration that has been released; add a new one.

-- organisations: board (nämnd) -> administration (förvaltning/bolag) -> unit (enhet)
CREATE TABLE board (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_board_name UNIQUE (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE administration (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    board_id    BIGINT       NOT NULL,
    name        VARCHAR(200) NOT NULL,
    kind        VARCHAR(20)  NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_administration_name UNIQUE (name),
    CONSTRAINT fk_administration_board FOREIGN KEY (board_id) REFERENCES board (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE unit (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    administration_id BIGINT       NOT NULL,
    name              VARCHAR(200) NOT NULL,
    operator_type     VARCHAR(20)  NOT NULL,
    service_area      VARCHAR(40)  NOT NULL,
    staff_count       INT          NOT NULL,
    active            BOOLEAN      NOT NULL DEFAULT TRUE,
    version           BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_unit_name UNIQUE (administration_id, name),
    CONSTRAINT fk_unit_administration FOREIGN KEY (administration_id) REFERENCES administration (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- people and their accounts; a person signs in with e-mail and password (PBKDF2, salted)
CREATE TABLE person (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    email             VARCHAR(254) NOT NULL,
    full_name         VARCHAR(200) NOT NULL,
    password_hash     VARCHAR(400),
    unit_id           BIGINT,
    administration_id BIGINT,
    preferred_locale  VARCHAR(10)  NOT NULL DEFAULT 'sv',
    active            BOOLEAN      NOT NULL DEFAULT TRUE,
    failed_sign_ins   INT          NOT NULL DEFAULT 0,
    locked_until      DATETIME     NULL,
    last_sign_in_at   DATETIME     NULL,
    version           BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_person_email UNIQUE (email),
    CONSTRAINT fk_person_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT fk_person_administration FOREIGN KEY (administration_id) REFERENCES administration (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE person_role (
    person_id BIGINT      NOT NULL,
    role      VARCHAR(20) NOT NULL,
    PRIMARY KEY (person_id, role),
    CONSTRAINT fk_person_role_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- award cycles: one per year; phase dates; categories (quality award, renewal prize); competition classes
CREATE TABLE award_cycle (
    id                     BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    cycle_year             INT          NOT NULL,
    name                   VARCHAR(200) NOT NULL,
    phase                  VARCHAR(30)  NOT NULL,
    registration_format    VARCHAR(60)  NOT NULL,
    application_opens_on   DATE,
    application_closes_at  DATETIME     NULL,
    review_starts_on       DATE,
    consensus_starts_on    DATE,
    site_visits_start_on   DATE,
    jury_starts_on         DATE,
    announcement_on        DATE,
    feedback_on            DATE,
    version                BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_award_cycle_year UNIQUE (cycle_year)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE evaluation_model (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    preset_key       VARCHAR(60),
    name             VARCHAR(200) NOT NULL,
    description      TEXT,
    source           VARCHAR(400),
    scale_kind       VARCHAR(20)  NOT NULL,
    scale_step       INT,
    spread_threshold INT          NOT NULL,
    frozen           BOOLEAN      NOT NULL DEFAULT FALSE,
    version          BIGINT       NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE scale_band (
    model_id   BIGINT       NOT NULL,
    position   INT          NOT NULL,
    min_value  INT          NOT NULL,
    max_value  INT          NOT NULL,
    label      VARCHAR(100) NOT NULL,
    descriptor TEXT,
    PRIMARY KEY (model_id, position),
    CONSTRAINT fk_scale_band_model FOREIGN KEY (model_id) REFERENCES evaluation_model (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE radar_attribute (
    model_id    BIGINT       NOT NULL,
    position    INT          NOT NULL,
    code        VARCHAR(40)  NOT NULL,
    label       VARCHAR(100) NOT NULL,
    applies_to  VARCHAR(20)  NOT NULL,
    PRIMARY KEY (model_id, position),
    CONSTRAINT fk_radar_attribute_model FOREIGN KEY (model_id) REFERENCES evaluation_model (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE criterion (
    id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    model_id           BIGINT       NOT NULL,
    position           INT          NOT NULL,
    code               VARCHAR(20)  NOT NULL,
    title              VARCHAR(300) NOT NULL,
    description        TEXT,
    guiding_questions  TEXT,
    criterion_type     VARCHAR(20)  NOT NULL,
    max_points         INT          NOT NULL,
    answer_max_length  INT          NOT NULL,
    version            BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_criterion_code UNIQUE (model_id, code),
    CONSTRAINT fk_criterion_model FOREIGN KEY (model_id) REFERENCES evaluation_model (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE cycle_category (
    id                  BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    cycle_id            BIGINT      NOT NULL,
    award               VARCHAR(20) NOT NULL,
    evaluation_model_id BIGINT,
    prize_amount        INT,
    version             BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT uq_cycle_category UNIQUE (cycle_id, award),
    CONSTRAINT fk_cycle_category_cycle FOREIGN KEY (cycle_id) REFERENCES award_cycle (id),
    CONSTRAINT fk_cycle_category_model FOREIGN KEY (evaluation_model_id) REFERENCES evaluation_model (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE competition_class (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    category_id BIGINT       NOT NULL,
    position    INT          NOT NULL,
    name        VARCHAR(120) NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_competition_class UNIQUE (category_id, name),
    CONSTRAINT fk_competition_class_category FOREIGN KEY (category_id) REFERENCES cycle_category (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- every change of state worth remembering, for the audit trail and for notifications to come
CREATE TABLE domain_event (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    occurred_at    DATETIME     NOT NULL,
    event_type     VARCHAR(80)  NOT NULL,
    aggregate_type VARCHAR(60)  NOT NULL,
    aggregate_id   BIGINT       NOT NULL,
    actor          VARCHAR(254),
    details        TEXT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_domain_event_aggregate ON domain_event (aggregate_type, aggregate_id);
CREATE INDEX ix_person_unit ON person (unit_id);
CREATE INDEX ix_unit_administration ON unit (administration_id);
