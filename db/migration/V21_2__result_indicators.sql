-- Indicators in the answers to results criteria (issue 13): per application and criterion (by code, like the
-- answers) a measure with its unit, an optional target and comparison value, and values per year.
CREATE TABLE application_indicator (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    application_id    BIGINT        NOT NULL,
    criterion_code    VARCHAR(20)   NOT NULL,
    position          INT           NOT NULL,
    measure           VARCHAR(200)  NOT NULL,
    unit_of_measure   VARCHAR(50)   NULL,
    target            DECIMAL(14,3) NULL,
    comparison_label  VARCHAR(200)  NULL,
    comparison        DECIMAL(14,3) NULL,
    CONSTRAINT fk_application_indicator_application FOREIGN KEY (application_id) REFERENCES application (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_application_indicator_application ON application_indicator (application_id, criterion_code, position);

CREATE TABLE application_indicator_value (
    indicator_id BIGINT        NOT NULL,
    value_year   INT           NOT NULL,
    amount       DECIMAL(14,3) NOT NULL,
    PRIMARY KEY (indicator_id, value_year),
    CONSTRAINT fk_application_indicator_value FOREIGN KEY (indicator_id) REFERENCES application_indicator (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
