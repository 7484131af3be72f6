-- A compact profile of each article for story clustering (Base64 of ProfileCodec's binary form); null for articles stored before it existed.
ALTER TABLE article ADD COLUMN profile TEXT;
