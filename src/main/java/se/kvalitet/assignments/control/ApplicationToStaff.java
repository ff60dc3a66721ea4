package se.kvalitet.assignments.control;

/**
 * A submitted application that needs a team.
 *
 * @param applicationId the application's id
 * @param serviceArea   the applying unit's service area (a {@code ServiceArea} name), matched against competences
 */
public record ApplicationToStaff(long applicationId, String serviceArea) {
}
