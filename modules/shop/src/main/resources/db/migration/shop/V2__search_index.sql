-- Catalogue search for a hundred thousand products: the search key's words in a GIN-indexed tsvector
-- ('simple' configuration: the key is already normalised by GermanText, so no stemming here), so that
-- "each term starts a word" is an index lookup (to_tsquery('simple', 'honig:*')); and the lowest visible
-- price and whether anything is in stock kept on the product, so lists sort and filter without reading variants.
alter table shop_product
    add column search_vector tsvector generated always as (to_tsvector('simple', search_key)) stored,
    add column from_price_cents bigint,
    add column in_stock boolean not null default false;
create index shop_product_search on shop_product using gin (search_vector);
create index shop_product_listing on shop_product (status, created_at desc);

update shop_product p set
    from_price_cents = (select min(coalesce(v.sale_price_cents, v.price_cents)) from shop_variant v
                        where v.product_id = p.id and v.availability <> 'HIDDEN'),
    in_stock = exists (select 1 from shop_variant v where v.product_id = p.id and v.availability = 'ACTIVE'
                       and (v.stock is null or v.stock > 0));
