-- Examiners, conflicts of interest and team assignment (issue 4).
-- MySQL 8 DDL that also runs on MariaDB 10.11+ and on H2 in MySQL mode. Append-only.

-- examiners: one record per person and cycle (people change jobs, training and capacity are yearly)
CREATE TABLE examiner_profile (
    id                   BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    cycle_id             BIGINT       NOT NULL,
    person_id            BIGINT       NOT NULL,
    -- where the examiner works this cycle; automatic conflicts follow it
    unit_id              BIGINT       NULL,
    administration_id    BIGINT       NULL,
    trained_on           DATE         NULL,
    years_of_experience  INT          NOT NULL DEFAULT 0,
    earlier_assessments  INT          NOT NULL DEFAULT 0,
    leader_eligible      BOOLEAN      NOT NULL DEFAULT FALSE,
    capacity             INT          NOT NULL DEFAULT 2,
    manager_name         VARCHAR(200) NULL,
    manager_approved_on  DATE         NULL,
    availability_notes   VARCHAR(2000) NULL,
    active               BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at           DATETIME     NOT NULL,
    changed_at           DATETIME     NULL,
    version              BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_examiner_profile UNIQUE (cycle_id, person_id),
    CONSTRAINT fk_examiner_profile_cycle FOREIGN KEY (cycle_id) REFERENCES award_cycle (id),
    CONSTRAINT fk_examiner_profile_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_examiner_profile_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT fk_examiner_profile_administration FOREIGN KEY (administration_id) REFERENCES administration (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE examiner_competence (
    profile_id   BIGINT      NOT NULL,
    service_area VARCHAR(40) NOT NULL,
    PRIMARY KEY (profile_id, service_area),
    CONSTRAINT fk_examiner_competence_profile FOREIGN KEY (profile_id) REFERENCES examiner_profile (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- conflicts of interest (jäv): the cycle's automatic rules from the organisation tree
CREATE TABLE conflict_policy (
    cycle_id              BIGINT  NOT NULL PRIMARY KEY,
    own_unit              BOOLEAN NOT NULL DEFAULT TRUE,
    own_administration    BOOLEAN NOT NULL DEFAULT TRUE,
    lookback_years        INT     NOT NULL DEFAULT 3,
    version               BIGINT  NOT NULL DEFAULT 0,
    CONSTRAINT fk_conflict_policy_cycle FOREIGN KEY (cycle_id) REFERENCES award_cycle (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- a conflict an examiner or juror declares for a cycle, with a unit, an administration or one application
CREATE TABLE declared_conflict (
    id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    cycle_id           BIGINT        NOT NULL,
    person_id          BIGINT        NOT NULL,
    acting_as          VARCHAR(20)   NOT NULL,
    unit_id            BIGINT        NULL,
    administration_id  BIGINT        NULL,
    application_id     BIGINT        NULL,
    reason             VARCHAR(30)   NOT NULL,
    explanation        VARCHAR(1000) NULL,
    -- former employment: when it ended (the cycle's look-back decides whether it still counts)
    ended_on           DATE          NULL,
    declared_at        DATETIME      NOT NULL,
    declared_by        VARCHAR(254)  NOT NULL,
    withdrawn_at       DATETIME      NULL,
    version            BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_declared_conflict_cycle FOREIGN KEY (cycle_id) REFERENCES award_cycle (id),
    CONSTRAINT fk_declared_conflict_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_declared_conflict_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT fk_declared_conflict_administration FOREIGN KEY (administration_id) REFERENCES administration (id),
    CONSTRAINT fk_declared_conflict_application FOREIGN KEY (application_id) REFERENCES application (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_declared_conflict_person ON declared_conflict (cycle_id, person_id);

-- "I have no conflict with this application": given before its content opens to the examiner or juror
CREATE TABLE conflict_confirmation (
    id              BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    cycle_id        BIGINT      NOT NULL,
    person_id       BIGINT      NOT NULL,
    application_id  BIGINT      NOT NULL,
    acting_as       VARCHAR(20) NOT NULL,
    confirmed_at    DATETIME    NOT NULL,
    CONSTRAINT uq_conflict_confirmation UNIQUE (person_id, application_id, acting_as),
    CONSTRAINT fk_conflict_confirmation_cycle FOREIGN KEY (cycle_id) REFERENCES award_cycle (id),
    CONSTRAINT fk_conflict_confirmation_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_conflict_confirmation_application FOREIGN KEY (application_id) REFERENCES application (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- an administrator's ruling on a (person, application) conflict: a waiver of a real one, or the dismissal of
-- a suspected one that is not; revoked rulings stay on record
CREATE TABLE conflict_ruling (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    cycle_id        BIGINT        NOT NULL,
    person_id       BIGINT        NOT NULL,
    application_id  BIGINT        NOT NULL,
    kind            VARCHAR(20)   NOT NULL,
    reason          VARCHAR(1000) NOT NULL,
    decided_at      DATETIME      NOT NULL,
    decided_by      VARCHAR(254)  NOT NULL,
    revoked_at      DATETIME      NULL,
    revoked_by      VARCHAR(254)  NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_conflict_ruling_cycle FOREIGN KEY (cycle_id) REFERENCES award_cycle (id),
    CONSTRAINT fk_conflict_ruling_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_conflict_ruling_application FOREIGN KEY (application_id) REFERENCES application (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_conflict_ruling_pair ON conflict_ruling (person_id, application_id);

-- team assignment: team size per cycle category
CREATE TABLE team_settings (
    category_id  BIGINT NOT NULL PRIMARY KEY,
    team_size    INT    NOT NULL DEFAULT 3,
    version      BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT fk_team_settings_category FOREIGN KEY (category_id) REFERENCES cycle_category (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- the solver's proposal for a category, adjusted by the administrator until committed or discarded
CREATE TABLE assignment_proposal (
    id                     BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    cycle_id               BIGINT       NOT NULL,
    category_id            BIGINT       NOT NULL,
    status                 VARCHAR(20)  NOT NULL,
    team_size              INT          NOT NULL,
    created_at             DATETIME     NOT NULL,
    created_by             VARCHAR(254) NOT NULL,
    decided_at             DATETIME     NULL,
    decided_by             VARCHAR(254) NULL,
    solver_millis          BIGINT       NOT NULL DEFAULT 0,
    version                BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_assignment_proposal_cycle FOREIGN KEY (cycle_id) REFERENCES award_cycle (id),
    CONSTRAINT fk_assignment_proposal_category FOREIGN KEY (category_id) REFERENCES cycle_category (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_assignment_proposal_category ON assignment_proposal (category_id, status);

CREATE TABLE proposal_member (
    proposal_id     BIGINT  NOT NULL,
    application_id  BIGINT  NOT NULL,
    person_id       BIGINT  NOT NULL,
    leader          BOOLEAN NOT NULL DEFAULT FALSE,
    PRIMARY KEY (proposal_id, application_id, person_id),
    CONSTRAINT fk_proposal_member_proposal FOREIGN KEY (proposal_id) REFERENCES assignment_proposal (id) ON DELETE CASCADE,
    CONSTRAINT fk_proposal_member_application FOREIGN KEY (application_id) REFERENCES application (id),
    CONSTRAINT fk_proposal_member_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- why the solver could not staff an application in full (kept with the proposal it explains)
CREATE TABLE proposal_shortfall (
    proposal_id             BIGINT  NOT NULL,
    application_id          BIGINT  NOT NULL,
    missing_members         INT     NOT NULL,
    missing_leader          BOOLEAN NOT NULL,
    conflicted_examiners    INT     NOT NULL,
    examiners_without_room  INT     NOT NULL,
    eligible_leaders        INT     NOT NULL,
    PRIMARY KEY (proposal_id, application_id),
    CONSTRAINT fk_proposal_shortfall_proposal FOREIGN KEY (proposal_id) REFERENCES assignment_proposal (id) ON DELETE CASCADE,
    CONSTRAINT fk_proposal_shortfall_application FOREIGN KEY (application_id) REFERENCES application (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- the committed team of an application: what examiners see and work in
CREATE TABLE team (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    cycle_id        BIGINT       NOT NULL,
    category_id     BIGINT       NOT NULL,
    application_id  BIGINT       NOT NULL,
    proposal_id     BIGINT       NULL,
    committed_at    DATETIME     NOT NULL,
    committed_by    VARCHAR(254) NOT NULL,
    changed_at      DATETIME     NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_team_application UNIQUE (application_id),
    CONSTRAINT fk_team_cycle FOREIGN KEY (cycle_id) REFERENCES award_cycle (id),
    CONSTRAINT fk_team_category FOREIGN KEY (category_id) REFERENCES cycle_category (id),
    CONSTRAINT fk_team_application FOREIGN KEY (application_id) REFERENCES application (id),
    CONSTRAINT fk_team_proposal FOREIGN KEY (proposal_id) REFERENCES assignment_proposal (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE team_member (
    team_id    BIGINT  NOT NULL,
    person_id  BIGINT  NOT NULL,
    leader     BOOLEAN NOT NULL DEFAULT FALSE,
    PRIMARY KEY (team_id, person_id),
    CONSTRAINT fk_team_member_team FOREIGN KEY (team_id) REFERENCES team (id) ON DELETE CASCADE,
    CONSTRAINT fk_team_member_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_team_member_person ON team_member (person_id);
