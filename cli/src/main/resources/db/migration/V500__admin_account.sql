-- The management API (cli module) owns versions 500-599.
CREATE TABLE admin_account (
    id            INTEGER      NOT NULL PRIMARY KEY,
    password_hash VARCHAR(256) NOT NULL
);
