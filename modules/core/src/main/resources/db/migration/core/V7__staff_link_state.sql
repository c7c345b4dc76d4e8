-- A staff link is PENDING while its business waits for the operator's admission and ACTIVE once the
-- business is admitted; only active links make an account a MERCHANT. Links made before were active.
alter table staff_link add column state varchar(10) not null default 'ACTIVE' check (state in ('PENDING', 'ACTIVE'));
alter table staff_link alter column state drop default;
create index staff_link_active_account on staff_link (account_id) where state = 'ACTIVE';
