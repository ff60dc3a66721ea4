package se.kvalitet.applications.boundary;

/**
 * Whether a person sits on, or leads, an application's committed team: what this component needs to let an
 * examiner read an application and its leader select it for a site visit. The teams belong to the assignments
 * component, which builds on this one; so this component states what it needs and assignments answers it
 * ({@code assignments.boundary.Teams}): neither reads the other's tables nor imports the other back.
 */
public interface TeamSeating {

    boolean sitsOn(Long applicationId, Long personId);

    boolean leads(Long applicationId, Long personId);
}
