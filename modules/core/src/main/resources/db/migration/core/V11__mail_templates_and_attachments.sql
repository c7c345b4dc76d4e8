-- a mail is queued as template, language and model (JSON) and rendered after its transaction committed, when it is
-- first claimed; subject and both parts are kept from then on, so that every attempt sends the same mail
alter table mail_outbox alter column subject drop not null;
alter table mail_outbox alter column body_text drop not null;
alter table mail_outbox add column body_html text;
alter table mail_outbox add column template varchar(121);
alter table mail_outbox add column language varchar(2) check (language in ('de', 'en'));
alter table mail_outbox add column model text;
alter table mail_outbox add constraint mail_outbox_content check (template is not null or body_text is not null);

-- the bytes of attachments, once per content however many mails carry them (a merchant's terms of one version)
create table mail_content (
    sha256     char(64)    primary key,
    bytes      bytea       not null,
    created_at timestamptz not null default now()
);

-- the attachments of a mail, in their order; kept with the mail, so that a retried mail sends them again
create table mail_attachment (
    mail_id        bigint       not null references mail_outbox (id) on delete cascade,
    position       integer      not null,
    name           varchar(200) not null,
    media_type     varchar(200) not null,
    content_sha256 char(64)     not null references mail_content (sha256),
    primary key (mail_id, position)
);
create index mail_attachment_content on mail_attachment (content_sha256);
