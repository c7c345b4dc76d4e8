-- Pictures of existing products (#13): the core's media store learns where they are shown and whether publicly
-- (see core V6). Images of businesses not (yet) known as listed stay private; the directory tells the listings at start.
insert into media_place (place, media_id, business_id, publicly)
select 'shop:product:' || p.id, i.media_id, p.business_id, p.status = 'ACTIVE'
from shop_product_image i join shop_product p on p.id = i.product_id
on conflict do nothing;

update media m set audience = case when exists (select 1 from media_place p join media_listing l
        on l.business_id = p.business_id and l.listed where p.media_id = m.id and p.publicly) then 'PUBLIC' else 'PRIVATE' end
where m.id in (select media_id from shop_product_image);
