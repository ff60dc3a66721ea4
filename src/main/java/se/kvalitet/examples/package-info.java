/**
 * Good examples (goda exempel): the library of what awarded units did, for other units to learn from and to
 * compare themselves with role models. Key rules: a record is prepared only from an announced jury decision
 * (winners and honourable mentions; "not awarded" only when the administrator chooses it); the unit's own
 * applicant accounts give, refuse and withdraw consent per audience (internal: signed-in staff; public:
 * everyone), and a withdrawal unpublishes at once; personal-data warnings must be acknowledged before
 * publishing, and the check reads the published files too; a record's files are made for publication (a PDF of
 * its own texts, the contact only with the contact's consent; never the application's PDF); a record's address ({@code /exempel/<id>-<slug>}) never changes; the public reads public records
 * only, by whatever route; the search index lives in the database beside the records.
 */
package se.kvalitet.examples;
