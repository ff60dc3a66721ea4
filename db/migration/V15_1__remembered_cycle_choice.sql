-- the award cycle each person last chose on a page that belongs to a cycle. Kept in the database, not in the
-- session: the application runs on two nodes, and the choice should survive signing out. Last write wins.
CREATE TABLE person_cycle_choice (
    person_id BIGINT   NOT NULL PRIMARY KEY,
    cycle_id  BIGINT   NOT NULL,
    chosen_at DATETIME NOT NULL,
    CONSTRAINT fk_person_cycle_choice_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE,
    CONSTRAINT fk_person_cycle_choice_cycle FOREIGN KEY (cycle_id) REFERENCES award_cycle (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
