-- The sealed attachments (photos of ID) an application names. A table rather than an array
-- column: each link has a foreign key to the stored file of the same owner, so a linked file
-- can never be missing or another resident's, and the clerk's view reads the links by index.
CREATE TABLE application_attachments (
  application_id uuid NOT NULL REFERENCES applications (id),
  owner_sub text NOT NULL,
  sha256 text NOT NULL,
  position smallint NOT NULL,
  PRIMARY KEY (application_id, sha256),
  FOREIGN KEY (owner_sub, sha256) REFERENCES attachments (owner_sub, sha256)
);
CREATE INDEX application_attachments_file ON application_attachments (owner_sub, sha256);
