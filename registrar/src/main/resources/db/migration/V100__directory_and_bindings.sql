-- The registrar owns versions 100-199.
CREATE TABLE device (
    number             VARCHAR(32)  NOT NULL PRIMARY KEY,
    kind               VARCHAR(8)   NOT NULL,
    first_name         VARCHAR(64)  NOT NULL,
    last_name          VARCHAR(64)  NOT NULL,
    nick_name          VARCHAR(64)  NOT NULL,
    ip_address         VARCHAR(64)  NOT NULL,
    build_no           VARCHAR(16)  NOT NULL,
    unit_no            VARCHAR(16)  NOT NULL,
    web_username       VARCHAR(64)  NOT NULL,
    web_password       VARCHAR(128) NOT NULL,
    phone              BOOLEAN      NOT NULL,
    server             BOOLEAN      NOT NULL,
    realm              VARCHAR(64),
    ha1_md5            VARCHAR(32),
    ha1_sha256         VARCHAR(64),
    ha1_md5_escaped    VARCHAR(32),
    ha1_sha256_escaped VARCHAR(64)
);

CREATE TABLE binding (
    aor            VARCHAR(32)   NOT NULL,
    contact        VARCHAR(1024) NOT NULL,
    expires_at     BIGINT        NOT NULL,
    call_id        VARCHAR(256)  NOT NULL,
    cseq           BIGINT        NOT NULL,
    source_address VARCHAR(64)   NOT NULL,
    source_port    INTEGER       NOT NULL,
    transport      VARCHAR(8)    NOT NULL,
    user_agent     VARCHAR(256)  NOT NULL,
    q              REAL          NOT NULL,
    PRIMARY KEY (aor, contact)
);
