-- Issue 12: files published with a good example are made for publication. Until now a record carried a copy of
-- the application's PDF (kind ATTACHMENT), with the unit's eligibility answers and its contacts, and the library
-- served it to the record's readers. Those copies go: the application component keeps the application, and each
-- record gets a publication PDF (kind PUBLICATION) made from its own texts, rendered by the application at
-- start-up for records that have none (examples.boundary.PublicationFiles).
DELETE FROM good_example_file WHERE kind = 'ATTACHMENT';
