-- Personal API tokens (issue 12): a REST client authenticates with a random secret sent as a Bearer token.
-- Only the SHA-256 of the secret is stored (the secret has 256 random bits, so a fast hash is safe and the
-- check is one indexed look-up); the secret is shown once, at creation. A token expires and can be revoked.
CREATE TABLE api_token (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    person_id   BIGINT       NOT NULL,
    name        VARCHAR(100) NOT NULL,
    secret_hash CHAR(64)     NOT NULL,
    created_at  DATETIME     NOT NULL,
    expires_at  DATETIME     NOT NULL,
    revoked_at  DATETIME     NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_api_token_secret UNIQUE (secret_hash),
    CONSTRAINT fk_api_token_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_api_token_person ON api_token (person_id);
