INSERT INTO product (name, price_cents) VALUES ('Teapot', 2500);
INSERT INTO product (name, price_cents) VALUES ('Kettle', 4000);
INSERT INTO product (name, price_cents) VALUES ('Mug', 900);
