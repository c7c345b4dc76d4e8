-- The plugin lifecycle per installation, and the typed settings of core, modules and plugins.
create table plugin_state (
    plugin_id         varchar(60)  primary key,
    state             varchar(20)  not null check (state in ('INSTALLED', 'ENABLED', 'FAILED')),
    installed_version varchar(40)  not null,
    error             varchar(2000),
    changed_at        timestamptz  not null
);

create table plugin_setting (
    plugin_id  varchar(60)   not null,
    key        varchar(100)  not null,
    value      varchar(2000) not null,
    changed_at timestamptz   not null,
    primary key (plugin_id, key)
);
