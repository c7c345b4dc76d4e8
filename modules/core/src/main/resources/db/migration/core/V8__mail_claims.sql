-- a mail is claimed in a short transaction of its own (SENDING until claimed_until, by claim_token) and sent after that
-- transaction committed; a node that dies while sending leaves a lease that runs out, and the mail is tried again
alter table mail_outbox drop constraint mail_outbox_status_check;
alter table mail_outbox add constraint mail_outbox_status_check check (status in ('PENDING', 'SENDING', 'SENT', 'FAILED'));
alter table mail_outbox add column claimed_until timestamptz;
alter table mail_outbox add column claim_token varchar(36);
create index mail_outbox_claimed on mail_outbox (claimed_until) where status = 'SENDING';
create index mail_outbox_failed on mail_outbox (id) where status = 'FAILED';
