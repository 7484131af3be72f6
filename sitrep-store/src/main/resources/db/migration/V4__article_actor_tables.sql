-- A fingerprint of the user's actor tables each stored article was analysed with; '' for none, null for articles stored before it was recorded.
ALTER TABLE article ADD COLUMN actor_tables TEXT;
