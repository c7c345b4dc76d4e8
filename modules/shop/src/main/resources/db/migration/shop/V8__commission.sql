-- The marketplace's commission: one default for every seller, and the operator's percentage for single sellers.
-- Read from here on every checkout (no node keeps a copy), so a change counts at once on every node.
create table shop_commission_default (
    id         smallint primary key default 1 check (id = 1),
    percent    numeric(4, 2) not null check (percent between 0 and 30),
    changed_at timestamptz not null default now()
);
insert into shop_commission_default (id, percent) values (1, 5.00);

create table shop_commission_override (
    business_id bigint primary key,
    percent     numeric(4, 2) not null check (percent between 0 and 30),
    changed_at  timestamptz not null
);
