-- The good-examples library (issue 6): records prepared from announced jury decisions, the unit's consent,
-- publication, the search index and the units' follow-up notes on their improvement areas.
-- MySQL 8 DDL that also runs on MariaDB 10.11+ and on H2 in MySQL mode. Append-only.

-- one record per application; facts copied from the application, the decision and the consensus when prepared
CREATE TABLE good_example (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    application_id      BIGINT        NOT NULL,
    cycle_id            BIGINT        NOT NULL,
    unit_id             BIGINT        NOT NULL,
    administration_id   BIGINT        NULL,
    award_year          INT           NOT NULL,
    -- QUALITY_AWARD, RENEWAL_PRIZE
    award               VARCHAR(24)   NOT NULL,
    -- WINNER, HONOURABLE_MENTION, NOT_AWARDED
    outcome             VARCHAR(24)   NOT NULL,
    class_name          VARCHAR(200)  NULL,
    service_area        VARCHAR(40)   NULL,
    -- further service-area tags, comma separated
    tags                VARCHAR(500)  NULL,
    unit_name           VARCHAR(200)  NOT NULL,
    administration_name VARCHAR(200)  NULL,
    operator_type       VARCHAR(24)   NULL,
    title               VARCHAR(200)  NOT NULL,
    -- fixed when prepared: the address never changes when the title does
    slug                VARCHAR(120)  NOT NULL,
    summary             VARCHAR(500)  NULL,
    motivation          TEXT          NULL,
    what_was_done       TEXT          NULL,
    results             TEXT          NULL,
    lessons             TEXT          NULL,
    contact_name        VARCHAR(200)  NULL,
    contact_email       VARCHAR(254)  NULL,
    contact_phone       VARCHAR(40)   NULL,
    -- the contact person agreed to be named; without it the contact is never shown
    contact_consent     BOOLEAN       NOT NULL DEFAULT FALSE,
    film_link           VARCHAR(500)  NULL,
    -- DRAFT (prepared or unpublished), INTERNAL (signed-in staff), PUBLIC (everyone)
    publication         VARCHAR(12)   NOT NULL,
    published_on        DATE          NULL,
    published_at        DATETIME      NULL,
    published_by        VARCHAR(254)  NULL,
    -- the unit's current consent per audience: PENDING, GIVEN, REFUSED (history in good_example_consent)
    internal_consent    VARCHAR(12)   NOT NULL,
    public_consent      VARCHAR(12)   NOT NULL,
    prepared_at         DATETIME      NOT NULL,
    prepared_by         VARCHAR(254)  NOT NULL,
    version             BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_good_example_application UNIQUE (application_id),
    CONSTRAINT fk_good_example_application FOREIGN KEY (application_id) REFERENCES application (id),
    CONSTRAINT fk_good_example_cycle FOREIGN KEY (cycle_id) REFERENCES award_cycle (id),
    CONSTRAINT fk_good_example_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_good_example_publication ON good_example (publication);
CREATE INDEX ix_good_example_unit ON good_example (unit_id);

-- the criteria where the unit scored highest (the consensus score on the model's scale and its band), from the closed consensus
CREATE TABLE good_example_criterion (
    example_id  BIGINT        NOT NULL,
    position    INT           NOT NULL,
    code        VARCHAR(20)   NOT NULL,
    title       VARCHAR(300)  NOT NULL,
    score       INT           NOT NULL,
    band        VARCHAR(40)   NULL,
    PRIMARY KEY (example_id, position),
    CONSTRAINT fk_good_example_criterion_example FOREIGN KEY (example_id) REFERENCES good_example (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- attachments (the application as PDF) and images (alt text required)
CREATE TABLE good_example_file (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    example_id    BIGINT        NOT NULL,
    -- ATTACHMENT or IMAGE
    kind          VARCHAR(12)   NOT NULL,
    file_name     VARCHAR(255)  NOT NULL,
    content_type  VARCHAR(100)  NOT NULL,
    alt_text      VARCHAR(500)  NULL,
    content       LONGBLOB      NOT NULL,
    sha256        VARCHAR(64)   NOT NULL,
    added_at      DATETIME      NOT NULL,
    CONSTRAINT fk_good_example_file_example FOREIGN KEY (example_id) REFERENCES good_example (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_good_example_file_example ON good_example_file (example_id);

-- every consent decision of the unit, never updated: who, when, which audience, given, refused or withdrawn
CREATE TABLE good_example_consent (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    example_id    BIGINT        NOT NULL,
    audience      VARCHAR(12)   NOT NULL,
    decision      VARCHAR(12)   NOT NULL,
    person_id     BIGINT        NULL,
    decided_by    VARCHAR(254)  NOT NULL,
    decided_at    DATETIME      NOT NULL,
    CONSTRAINT fk_good_example_consent_example FOREIGN KEY (example_id) REFERENCES good_example (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_good_example_consent_example ON good_example_consent (example_id);

-- the full-text index: analysed (lower-cased, stop words out, Swedish stems) terms of published records
CREATE TABLE good_example_term (
    example_id  BIGINT        NOT NULL,
    field       VARCHAR(20)   NOT NULL,
    term        VARCHAR(100)  NOT NULL,
    weight      DOUBLE        NOT NULL,
    PRIMARY KEY (example_id, field, term),
    CONSTRAINT fk_good_example_term_example FOREIGN KEY (example_id) REFERENCES good_example (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_good_example_term_term ON good_example_term (term);

-- a unit's own follow-up of an improvement area of an earlier application (criterion code of that application)
CREATE TABLE unit_follow_up (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    unit_id         BIGINT        NOT NULL,
    application_id  BIGINT        NOT NULL,
    criterion_code  VARCHAR(20)   NOT NULL,
    note            TEXT          NULL,
    addressed       BOOLEAN       NOT NULL DEFAULT FALSE,
    changed_at      DATETIME      NOT NULL,
    changed_by      VARCHAR(254)  NOT NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_unit_follow_up UNIQUE (application_id, criterion_code),
    CONSTRAINT fk_unit_follow_up_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT fk_unit_follow_up_application FOREIGN KEY (application_id) REFERENCES application (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
