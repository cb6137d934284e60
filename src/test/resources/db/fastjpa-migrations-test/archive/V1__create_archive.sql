create table MG_ARCHIVE (ID bigint primary key, NOTE_TEXT varchar(100) not null);
