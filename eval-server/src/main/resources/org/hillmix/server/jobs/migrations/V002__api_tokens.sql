-- API tokens: only the SHA-256 of each token is stored; the token itself is shown once at creation.
CREATE TABLE api_tokens (
    id          VARCHAR(32)  NOT NULL PRIMARY KEY,
    name        VARCHAR(100) NOT NULL,
    token_hash  VARCHAR(64)  NOT NULL UNIQUE,
    created_at  TIMESTAMP(3) WITH TIME ZONE NOT NULL
);
