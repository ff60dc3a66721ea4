-- The jury's work (issue 6): per cycle the chair, blind mode and the meeting's state; attendance and votes.
-- The decisions themselves are in jury_decision (V7). MySQL 8 DDL that also runs on MariaDB 10.11+ and on H2
-- in MySQL mode. Append-only.

-- one row per cycle: the chair the administrator appointed, blind mode until names are revealed, and the
-- meeting: the agreed order (application ids, comma separated) and the application being discussed now
CREATE TABLE jury_meeting (
    cycle_id                  BIGINT       NOT NULL PRIMARY KEY,
    chair_id                  BIGINT       NULL,
    blind                     BOOLEAN      NOT NULL DEFAULT FALSE,
    names_revealed_at         DATETIME     NULL,
    agenda                    TEXT         NULL,
    discussing_application_id BIGINT       NULL,
    started_at                DATETIME     NULL,
    version                   BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_jury_meeting_cycle FOREIGN KEY (cycle_id) REFERENCES award_cycle (id),
    CONSTRAINT fk_jury_meeting_chair FOREIGN KEY (chair_id) REFERENCES person (id),
    CONSTRAINT fk_jury_meeting_discussing FOREIGN KEY (discussing_application_id) REFERENCES application (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- who attended the cycle's jury meeting (for the minutes)
CREATE TABLE jury_attendance (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    cycle_id     BIGINT       NOT NULL,
    person_id    BIGINT       NOT NULL,
    recorded_at  DATETIME     NOT NULL,
    CONSTRAINT uq_jury_attendance UNIQUE (cycle_id, person_id),
    CONSTRAINT fk_jury_attendance_cycle FOREIGN KEY (cycle_id) REFERENCES award_cycle (id),
    CONSTRAINT fk_jury_attendance_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- each juror's vote on an application (WINNER, HONOURABLE_MENTION, NOT_AWARDED); recused jurors have none
CREATE TABLE jury_vote (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    application_id  BIGINT       NOT NULL,
    cycle_id        BIGINT       NOT NULL,
    person_id       BIGINT       NOT NULL,
    outcome         VARCHAR(24)  NOT NULL,
    voted_at        DATETIME     NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_jury_vote UNIQUE (application_id, person_id),
    CONSTRAINT fk_jury_vote_application FOREIGN KEY (application_id) REFERENCES application (id),
    CONSTRAINT fk_jury_vote_cycle FOREIGN KEY (cycle_id) REFERENCES award_cycle (id),
    CONSTRAINT fk_jury_vote_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_jury_vote_cycle ON jury_vote (cycle_id);
