/**
 * People and their accounts: roles, the unit an applicant acts for, the administration an examiner or
 * juror works in (conflicts of interest follow it), sign-in with salted PBKDF2 passwords.
 * <p>
 * Key rules: e-mail addresses are unique and stored trimmed in lower case; an account has at least one
 * role; an applicant needs a unit; passwords have at least 10 characters and are typed twice; repeated
 * failed sign-ins pause the account (kept in the database), which an administrator can lift; an
 * administrator cannot remove their own administrator role or deactivate themself. Unit and
 * administration names come from {@link se.kvalitet.organizations.boundary.Organizations} a page at a
 * time, never one query per person.
 */
package se.kvalitet.people;
