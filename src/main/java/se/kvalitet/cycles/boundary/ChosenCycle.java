package se.kvalitet.cycles.boundary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The award cycle a person chose last, as read and written over REST. */
@Schema(name = "ChosenCycle", description = "The award cycle the caller chose last; pages that belong to a cycle open on it")
public record ChosenCycle(Long cycleId) {
}
