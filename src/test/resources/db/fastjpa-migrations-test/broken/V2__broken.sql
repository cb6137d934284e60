create tabel MG_BROKEN (ID bigint primary key);
