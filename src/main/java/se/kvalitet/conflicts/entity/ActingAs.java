package se.kvalitet.conflicts.entity;

import se.kvalitet.platform.i18n.Localizable;

/** In which capacity a person declares or confirms: as an examiner or as a jury member. */
public enum ActingAs implements Localizable {
    EXAMINER, JUROR;

    @Override
    public String messageKey() {
        return "conflicts.actingAs." + name();
    }
}
