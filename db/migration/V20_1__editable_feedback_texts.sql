-- The feedback report's texts edited by the team leader or an administrator (issue 13, item 4). The regenerated
-- text from the closed consensus stays the starting point: only what differs from it is stored, so a text nobody
-- edited keeps following the consensus. MySQL 8 DDL that also runs on MariaDB 10.11+ and H2. Append-only.

-- the report's summary as edited (null: the summary made from the consensus's key themes), and the last edit
ALTER TABLE feedback_report ADD COLUMN summary TEXT NULL;
ALTER TABLE feedback_report ADD COLUMN texts_edited_at DATETIME NULL;
ALTER TABLE feedback_report ADD COLUMN texts_edited_by VARCHAR(254) NULL;

-- per criterion the edited strengths and areas for improvement (null: the consensus's text)
CREATE TABLE feedback_report_text (
    report_id       BIGINT       NOT NULL,
    criterion_code  VARCHAR(40)  NOT NULL,
    strengths       TEXT         NULL,
    improvements    TEXT         NULL,
    PRIMARY KEY (report_id, criterion_code),
    CONSTRAINT fk_feedback_report_text_report FOREIGN KEY (report_id) REFERENCES feedback_report (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
