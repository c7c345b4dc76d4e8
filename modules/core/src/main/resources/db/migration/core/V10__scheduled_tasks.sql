-- one row per scheduled task (org.impuls.core.api.schedule): a node claims a due row with "for update skip locked"
-- and a lease (running_until, claim_token), runs the task after that claim committed and records the outcome; a node
-- that dies mid-run leaves a lease that runs out, and another node takes the task over
create table scheduled_task (
    name            varchar(100) primary key,
    schedule        varchar(60)  not null,
    lease_seconds   integer      not null check (lease_seconds > 0),
    next_run_at     timestamptz  not null,
    running_until   timestamptz,
    claim_token     varchar(36),
    attempts        integer      not null default 0,
    last_run_at     timestamptz,
    last_success_at timestamptz,
    last_error      text
);
