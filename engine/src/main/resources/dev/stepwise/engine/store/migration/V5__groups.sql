-- User groups of a pool (precedence, IAM role) and their members.

CREATE TABLE user_groups (
    user_pool_id       VARCHAR(55)   NOT NULL REFERENCES user_pools (id) ON DELETE CASCADE,
    group_name         VARCHAR(128)  NOT NULL,
    description        VARCHAR(2048),
    role_arn           VARCHAR(2048),
    precedence         BIGINT,
    creation_date      TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    last_modified_date TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    PRIMARY KEY (user_pool_id, group_name)
);

CREATE TABLE group_members (
    user_pool_id VARCHAR(55)  NOT NULL,
    group_name   VARCHAR(128) NOT NULL,
    username     VARCHAR(128) NOT NULL,
    PRIMARY KEY (user_pool_id, group_name, username),
    FOREIGN KEY (user_pool_id, group_name) REFERENCES user_groups (user_pool_id, group_name) ON DELETE CASCADE,
    FOREIGN KEY (user_pool_id, username) REFERENCES users (user_pool_id, username) ON DELETE CASCADE
);
CREATE INDEX group_members_user ON group_members (user_pool_id, username);
