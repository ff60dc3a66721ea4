package se.kvalitet.applications.boundary;

import java.io.Serializable;

/** An earlier application of the unit that a new draft may start from, with its attachments to choose from. */
public record StartingPoint(Long applicationId, int cycleYear, String award, String status, String registrationNumber,
                            int answered, java.util.List<AttachmentView> attachments) implements Serializable {
}
