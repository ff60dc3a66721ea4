package se.kvalitet.assignments.boundary;

import java.io.Serializable;

/** A category of a cycle to make a proposal for, with its team size and the settings' version to send back. */
public record CategoryChoice(Long categoryId, Long cycleId, String award, int teamSize, long settingsVersion,
                             long applicationsWithoutTeam) implements Serializable {
}
