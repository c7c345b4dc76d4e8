-- Logos and photos of existing businesses (#13): the core's media store learns which profile shows them (see core V6).
-- They stay private until the directory tells the listings at start (ProfileImageVisibility).
insert into media_place (place, media_id, business_id, publicly)
select 'directory:business:' || b.id, b.logo_media_id, b.id, true from directory_business b where b.logo_media_id is not null
union
select 'directory:business:' || f.business_id, f.media_id, f.business_id, true from directory_business_photo f
on conflict do nothing;

update media m set audience = case when exists (select 1 from media_place p join media_listing l
        on l.business_id = p.business_id and l.listed where p.media_id = m.id and p.publicly) then 'PUBLIC' else 'PRIVATE' end
where m.id in (select media_id from media_place where place like 'directory:business:%');
