-- Sign-in throttling that holds under parallel guessing (issue 12). Existing accounts keep their counter on the
-- person row; this table counts what has no person row: addresses nobody has an account for (so unknown accounts
-- pause exactly like real ones) and client addresses. The subject is 'account:' + SHA-256 of the typed address
-- (never the text itself: people type passwords into the wrong field) or 'address:' + the client's IP address.
-- Counters only change through single conditional UPDATE statements, so concurrent attempts cannot lose a count.
CREATE TABLE sign_in_throttle (
    subject           VARCHAR(80) NOT NULL PRIMARY KEY,
    failures          INT         NOT NULL DEFAULT 0,
    window_started_at DATETIME    NOT NULL,
    paused_until      DATETIME    NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_sign_in_throttle_window ON sign_in_throttle (window_started_at);
