package se.kvalitet.conflicts.entity;

import se.kvalitet.platform.i18n.Localizable;

/**
 * An administrator's ruling on a conflict: a waiver lets a real conflict pass for a stated reason; a dismissal
 * says a suspected conflict is not one. Either way the pair may be assigned; the record keeps which it was.
 */
public enum RulingKind implements Localizable {
    WAIVER, DISMISSAL;

    @Override
    public String messageKey() {
        return "conflicts.ruling." + name();
    }
}
