-- Examiner courses, attendance and calibration exercises (issue 13).
-- MySQL 8 DDL that also runs on MariaDB 10.11+ and on H2 in MySQL mode. Append-only.

-- the year's courses for examiners: basic training, calibration days, refreshers
CREATE TABLE examiner_course (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    cycle_id    BIGINT       NOT NULL,
    name        VARCHAR(200) NOT NULL,
    kind        VARCHAR(20)  NOT NULL,
    held_on     DATE         NOT NULL,
    ends_on     DATE         NULL,
    place       VARCHAR(200) NULL,
    -- attending a required course makes an examiner trained for the cycle (examiner_profile.trained_on)
    required    BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at  DATETIME     NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_examiner_course_cycle FOREIGN KEY (cycle_id) REFERENCES award_cycle (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE course_attendance (
    course_id   BIGINT   NOT NULL,
    profile_id  BIGINT   NOT NULL,
    recorded_at DATETIME NOT NULL,
    PRIMARY KEY (course_id, profile_id),
    CONSTRAINT fk_course_attendance_course FOREIGN KEY (course_id) REFERENCES examiner_course (id) ON DELETE CASCADE,
    CONSTRAINT fk_course_attendance_profile FOREIGN KEY (profile_id) REFERENCES examiner_profile (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- the training dates recorded so far become a required basic course per cycle, attended by everyone trained
INSERT INTO examiner_course (cycle_id, name, kind, held_on, required, created_at, version)
SELECT ep.cycle_id, 'Grundutbildning', 'BASIC', MIN(ep.trained_on), TRUE, CURRENT_TIMESTAMP, 0
FROM examiner_profile ep WHERE ep.trained_on IS NOT NULL GROUP BY ep.cycle_id;

INSERT INTO course_attendance (course_id, profile_id, recorded_at)
SELECT c.id, ep.id, CURRENT_TIMESTAMP
FROM examiner_profile ep JOIN examiner_course c ON c.cycle_id = ep.cycle_id AND c.name = 'Grundutbildning' AND c.kind = 'BASIC'
WHERE ep.trained_on IS NOT NULL;

-- a calibration exercise: a reference case with reference scores per criterion, scored by examiners apart from
-- every real assessment (own tables; nothing here is read by scoring, consensus or the jury)
CREATE TABLE calibration_exercise (
    id                    BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    cycle_id              BIGINT       NOT NULL,
    title                 VARCHAR(200) NOT NULL,
    case_text             MEDIUMTEXT   NOT NULL,
    -- the earlier application whose closed consensus gave the reference, when it came from one
    source_application_id BIGINT       NULL,
    scale_max             INT          NOT NULL,
    closed_at             DATETIME     NULL,
    created_at            DATETIME     NOT NULL,
    version               BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_calibration_exercise_cycle FOREIGN KEY (cycle_id) REFERENCES award_cycle (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE calibration_reference (
    exercise_id     BIGINT       NOT NULL,
    position        INT          NOT NULL,
    code            VARCHAR(20)  NOT NULL,
    title           VARCHAR(300) NOT NULL,
    reference_value INT          NOT NULL,
    PRIMARY KEY (exercise_id, position),
    CONSTRAINT fk_calibration_reference_exercise FOREIGN KEY (exercise_id) REFERENCES calibration_exercise (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE calibration_scoring (
    id           BIGINT   NOT NULL AUTO_INCREMENT PRIMARY KEY,
    exercise_id  BIGINT   NOT NULL,
    person_id    BIGINT   NOT NULL,
    submitted_at DATETIME NULL,
    changed_at   DATETIME NOT NULL,
    version      BIGINT   NOT NULL DEFAULT 0,
    CONSTRAINT uq_calibration_scoring UNIQUE (exercise_id, person_id),
    CONSTRAINT fk_calibration_scoring_exercise FOREIGN KEY (exercise_id) REFERENCES calibration_exercise (id) ON DELETE CASCADE,
    CONSTRAINT fk_calibration_scoring_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE calibration_score (
    scoring_id BIGINT NOT NULL,
    position   INT    NOT NULL,
    score      INT    NOT NULL,
    PRIMARY KEY (scoring_id, position),
    CONSTRAINT fk_calibration_score_scoring FOREIGN KEY (scoring_id) REFERENCES calibration_scoring (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
