-- Who may see an image (#13): modules say where they show images (a product, a business profile) and whether
-- that place is public, and the directory says which businesses are listed; the image's audience follows from
-- both and is kept on its row, so that serving an image stays one primary-key lookup.
alter table media add column audience varchar(10) not null default 'OPEN'
    check (audience in ('OPEN', 'PUBLIC', 'PRIVATE'));

create table media_place (
    place       varchar(100) not null,   -- e.g. 'shop:product:17', 'directory:business:4'
    media_id    bigint       not null references media (id) on delete cascade,
    business_id bigint       not null,   -- whose staff see the image when it is not public
    publicly    boolean      not null,   -- the place itself is public (a visible product); false once the image left it
    primary key (place, media_id)
);
create index media_place_media on media_place (media_id);
create index media_place_business on media_place (business_id);

-- businesses the public sees (approved and not hidden); an unknown business counts as not listed
create table media_listing (
    business_id bigint  primary key,
    listed      boolean not null
);
