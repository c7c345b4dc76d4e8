-- Approximate centre points of the postal codes of Kaiserslautern and its district, for "within N km of
-- a postal code" (no geocoding service is reachable). Seed data; extend it for other regions.
create table directory_postal_code (
    code      varchar(5)       primary key,
    place     varchar(80)      not null,
    latitude  double precision not null,
    longitude double precision not null
);

insert into directory_postal_code (code, place, latitude, longitude) values
  ('67655', 'Kaiserslautern (Innenstadt)', 49.4436, 7.7689),
  ('67657', 'Kaiserslautern (Ost)', 49.4530, 7.7880),
  ('67659', 'Kaiserslautern (Nord)', 49.4700, 7.7530),
  ('67661', 'Kaiserslautern (Süd-West)', 49.4140, 7.7340),
  ('67663', 'Kaiserslautern (Süd)', 49.4290, 7.7720),
  ('67677', 'Enkenbach-Alsenborn', 49.4870, 7.9040),
  ('67678', 'Mehlingen', 49.4930, 7.8550),
  ('67685', 'Weilerbach', 49.4790, 7.6330),
  ('67697', 'Otterberg', 49.5040, 7.7700),
  ('67705', 'Trippstadt', 49.3590, 7.7740),
  ('67707', 'Schopp', 49.3530, 7.6860),
  ('66849', 'Landstuhl', 49.4130, 7.5700),
  ('66877', 'Ramstein-Miesenbach', 49.4450, 7.5550);
