create table MG_NOTE (ID bigint primary key, TEXT varchar(100) not null);
