-- The guest's order page (/bestellung/{token}) has only the token: it finds the order by the token's SHA-256, so the
-- index never compares the secret itself byte by byte (a timing side channel); the page then compares the token in
-- constant time. Orders written from now on get the hash from the entity.
alter table shop_customer_order add column access_token_hash bytea;
update shop_customer_order set access_token_hash = sha256(convert_to(access_token, 'UTF8'));
alter table shop_customer_order alter column access_token_hash set not null;
create unique index shop_customer_order_token_hash on shop_customer_order (access_token_hash);
