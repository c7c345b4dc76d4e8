-- Run when the operator uninstalls the plugin without keeping its data.
drop table if exists pinnwand_notice;
