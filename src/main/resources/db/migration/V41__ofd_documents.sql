-- Every official document is kept in OFD (GB/T 33190) beside its .docx, both written at the same
-- moment from the same content, each with its own checksum. Documents written before this have
-- no OFD (null).
alter table generated_document add column ofd bytea, add column ofd_sha256 text;
alter table notice add column ofd bytea, add column ofd_sha256 text;
alter table assignment add column ofd bytea, add column ofd_sha256 text;
