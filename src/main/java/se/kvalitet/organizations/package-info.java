/**
 * The organisation tree: board (nämnd/styrelse) → administration (förvaltning/bolag) → unit (enhet).
 * <p>
 * Key rules: names are required, at most 200 characters and unique (boards and administrations in the
 * whole city, units within their administration), compared without regard to case; a unit has an
 * operator type, a service area and a staff count of 0..100 000; units are deactivated, never deleted,
 * because applications and good examples refer to them. Every change names the version the
 * administrator saw, so concurrent changes are refused instead of overwritten. Everybody signed in may
 * read the tree; only administrators change it. Other components reach it through
 * {@link se.kvalitet.organizations.boundary.Organizations} and its summaries (whole pages at a time:
 * {@code unitSummaries(ids)}, {@code administrationSummaries(ids)}), never through the entities.
 */
package se.kvalitet.organizations;
