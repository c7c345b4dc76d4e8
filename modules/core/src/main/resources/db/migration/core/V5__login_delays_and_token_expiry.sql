-- Login throttling (#13): instead of a 15-minute lock after five failures, which let anyone lock an account
-- out, a short delay per account that doubles with each failure, and a limit per client address. Both are
-- counters that SQL updates in one statement, so parallel guesses all count and cluster nodes share them.
alter table account drop column failed_logins;
alter table account drop column last_failed_login_at;

-- sessions remember the generation at their login; a password change or reset raises it and so ends them
alter table account add column credentials_generation integer not null default 0;

-- one row per account with a running streak of failures; a successful login deletes it
create table login_delay (
    account_id      bigint      primary key references account (id) on delete cascade,
    failures        integer     not null,
    last_failure_at timestamptz not null,
    next_attempt_at timestamptz not null   -- until then every attempt is refused unchecked
);

-- failures per client address (IPv4 address or IPv6 /64 prefix) in a window that starts at its first failure
create table login_address (
    address           varchar(45) primary key,
    window_started_at timestamptz not null,
    failures          integer     not null
);
create index login_address_window on login_address (window_started_at);

-- API tokens expire; tokens made before get the default lifetime from their creation
alter table api_token add column expires_at timestamptz;
update api_token set expires_at = created_at + interval '90 days';
alter table api_token alter column expires_at set not null;
