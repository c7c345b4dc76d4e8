-- the failed backups the operators were told about, by folder name: inserted once per cluster (on conflict do nothing)
-- in the transaction that queues the mails, so a restart or a second node never mails about the same backup again
create table backup_failure_notice (
    backup      varchar(40) primary key,
    reported_at timestamptz not null default now()
);
