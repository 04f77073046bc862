-- Releases before Flyway kept their own table schema_version and refuse a database whose version there is newer
-- than they know ("the database is at schema version 1000 but this build knows only up to 2"). This row makes
-- such a release refuse a database migrated by Flyway instead of opening a schema it does not know.
CREATE TABLE IF NOT EXISTS schema_version (
    version     INTEGER      NOT NULL PRIMARY KEY,
    script      VARCHAR(200) NOT NULL,
    applied_at  TIMESTAMP(3) WITH TIME ZONE NOT NULL
);
INSERT INTO schema_version (version, script, applied_at) VALUES (1000, 'managed by Flyway (flyway_schema_history)', CURRENT_TIMESTAMP);
