insert into MG_NOTE (ID, TEXT) values (1, 'migrated');
