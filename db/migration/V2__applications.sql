-- Applications (issue 3): what units write and submit, their attachments, and the cycle's eligibility settings.
-- MySQL 8 DDL that also runs on MariaDB 10.11+ and on H2 in MySQL mode. Append-only.

-- the cycle's eligibility and attachment settings (owned by the cycles component)
ALTER TABLE award_cycle ADD COLUMN min_staff_count INT NOT NULL DEFAULT 5;
ALTER TABLE award_cycle ADD COLUMN min_resident_share INT NOT NULL DEFAULT 51;
ALTER TABLE award_cycle ADD COLUMN quarantine_years INT NOT NULL DEFAULT 2;
ALTER TABLE award_cycle ADD COLUMN attachment_types VARCHAR(20) NOT NULL DEFAULT 'PDF_ONLY';
ALTER TABLE award_cycle ADD COLUMN max_file_mb INT NOT NULL DEFAULT 10;
ALTER TABLE award_cycle ADD COLUMN max_total_mb INT NOT NULL DEFAULT 30;

-- one application of a unit in one category (award) and competition class of a cycle
CREATE TABLE application (
    id                         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    cycle_id                   BIGINT       NOT NULL,
    category_id                BIGINT       NOT NULL,
    competition_class_id       BIGINT       NOT NULL,
    unit_id                    BIGINT       NOT NULL,
    award                      VARCHAR(20)  NOT NULL,
    status                     VARCHAR(20)  NOT NULL,
    -- 1 while the application is not withdrawn, NULL after: one active application per unit, category and cycle
    active_slot                INT          NULL,
    registration_number        VARCHAR(80)  NULL,
    sequence_number            INT          NULL,
    created_at                 DATETIME     NOT NULL,
    created_by                 VARCHAR(254),
    changed_at                 DATETIME     NULL,
    submitted_at               DATETIME     NULL,
    withdrawn_at               DATETIME     NULL,
    -- renewal prize fields
    nominee_type               VARCHAR(20)  NULL,
    title                      VARCHAR(300) NULL,
    background_and_challenge   TEXT,
    what_is_new                TEXT,
    results_for_target_group   TEXT,
    spread_and_scale_up        TEXT,
    sustainability             TEXT,
    link_to_council_goals      TEXT,
    in_operation_since         DATE         NULL,
    film_link                  VARCHAR(500) NULL,
    -- eligibility answers (NULL: not answered yet)
    manager_responsibility     BOOLEAN      NULL,
    business_plan              BOOLEAN      NULL,
    staff_count                INT          NULL,
    city_resident_share        INT          NULL,
    reported_to_board          BOOLEAN      NULL,
    previous_win_year          INT          NULL,
    budget_balanced            BOOLEAN      NULL,
    version                    BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_application_number UNIQUE (cycle_id, registration_number),
    CONSTRAINT uq_application_sequence UNIQUE (cycle_id, sequence_number),
    CONSTRAINT uq_application_active UNIQUE (cycle_id, category_id, unit_id, active_slot),
    CONSTRAINT fk_application_cycle FOREIGN KEY (cycle_id) REFERENCES award_cycle (id),
    CONSTRAINT fk_application_category FOREIGN KEY (category_id) REFERENCES cycle_category (id),
    CONSTRAINT fk_application_class FOREIGN KEY (competition_class_id) REFERENCES competition_class (id),
    CONSTRAINT fk_application_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_application_unit ON application (unit_id);
CREATE INDEX ix_application_status ON application (cycle_id, status);

-- the answer to one criterion of the category's (frozen) evaluation model
CREATE TABLE application_answer (
    id               BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    application_id   BIGINT      NOT NULL,
    criterion_id     BIGINT      NULL,
    criterion_code   VARCHAR(20) NOT NULL,
    answer_text      MEDIUMTEXT,
    version          BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT uq_application_answer UNIQUE (application_id, criterion_code),
    CONSTRAINT fk_application_answer_application FOREIGN KEY (application_id) REFERENCES application (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- the unit's contact persons for one application
CREATE TABLE application_contact (
    application_id BIGINT NOT NULL,
    person_id      BIGINT NOT NULL,
    PRIMARY KEY (application_id, person_id),
    CONSTRAINT fk_application_contact_application FOREIGN KEY (application_id) REFERENCES application (id) ON DELETE CASCADE,
    CONSTRAINT fk_application_contact_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- every reopening of a submitted application by an administrator, with its reason
CREATE TABLE application_reopening (
    application_id BIGINT        NOT NULL,
    position       INT           NOT NULL,
    reason         VARCHAR(1000) NOT NULL,
    reopened_by    VARCHAR(254)  NOT NULL,
    reopened_at    DATETIME      NOT NULL,
    PRIMARY KEY (application_id, position),
    CONSTRAINT fk_application_reopening_application FOREIGN KEY (application_id) REFERENCES application (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- the next registration number of each cycle: taken under a row lock in the submitting transaction (gap-free)
CREATE TABLE registration_sequence (
    cycle_id   BIGINT NOT NULL PRIMARY KEY,
    next_value INT    NOT NULL,
    version    BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT fk_registration_sequence_cycle FOREIGN KEY (cycle_id) REFERENCES award_cycle (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- files attached to an application, stored in the database with their checksum
CREATE TABLE attachment (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    application_id BIGINT       NOT NULL,
    file_name      VARCHAR(255) NOT NULL,
    content_type   VARCHAR(120) NOT NULL,
    size_bytes     BIGINT       NOT NULL,
    sha256         VARCHAR(64)  NOT NULL,
    content        LONGBLOB     NOT NULL,
    uploaded_at    DATETIME     NOT NULL,
    uploaded_by    VARCHAR(254),
    version        BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_attachment_application FOREIGN KEY (application_id) REFERENCES application (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_attachment_application ON attachment (application_id);
