package se.kvalitet.applications.boundary;

import java.io.Serializable;

/** A contact person of an application. */
public record ContactView(Long personId, String fullName, String email) implements Serializable {
}
