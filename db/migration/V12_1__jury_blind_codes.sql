-- Blind jury mode (issue 12): the neutral label the jury sees instead of a unit's name is random per cycle and
-- application, drawn once and kept, so it is stable within the cycle and says nothing about the database id or the
-- unit. MySQL 8 DDL that also runs on MariaDB 10.11+ and on H2 in MySQL mode. Append-only.
CREATE TABLE jury_blind_code (
    application_id BIGINT       NOT NULL PRIMARY KEY,
    cycle_id       BIGINT       NOT NULL,
    code           VARCHAR(16)  NOT NULL,
    CONSTRAINT uq_jury_blind_code UNIQUE (cycle_id, code),
    CONSTRAINT fk_jury_blind_code_cycle FOREIGN KEY (cycle_id) REFERENCES award_cycle (id),
    CONSTRAINT fk_jury_blind_code_application FOREIGN KEY (application_id) REFERENCES application (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
