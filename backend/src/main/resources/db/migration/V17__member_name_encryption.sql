-- Family members' first names are encrypted at rest like the case's other personal fields (see V2
-- for the sizes: 50 characters of up to 4 bytes, AES-GCM, base64). A name is found by search
-- through first_name_key: an HMAC-SHA256 of the normalised name under a key derived from the
-- field-encryption key (base64, 44 characters), never stored beside the data.
-- V18 (org.haven.shared.crypto.MemberNamesMigration, Java: it needs the key) encrypts the names
-- already here and fills their keys, then makes first_name_key NOT NULL.
ALTER TABLE family_member ALTER COLUMN first_name SET DATA TYPE VARCHAR(400);
ALTER TABLE family_member ADD COLUMN first_name_key VARCHAR(64);
CREATE INDEX ix_family_member_first_name_key ON family_member (first_name_key);
