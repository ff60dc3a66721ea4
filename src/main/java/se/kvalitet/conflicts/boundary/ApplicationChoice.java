package se.kvalitet.conflicts.boundary;

import java.io.Serializable;

/** A submitted application to declare a conflict with: its registration number and unit. */
public record ApplicationChoice(Long id, String registrationNumber, String unitName, String administrationName)
        implements Serializable {

    public String label() {
        return (registrationNumber == null ? "#" + id : registrationNumber) + " – " + unitName;
    }
}
