package se.kvalitet.conflicts.entity;

import se.kvalitet.platform.i18n.Localizable;

/**
 * Why a person may not judge an application. The first two are found automatically from the organisation
 * tree (as the cycle's policy says); the others are declared by the person.
 */
public enum ConflictReason implements Localizable {
    OWN_UNIT(true), OWN_ADMINISTRATION(true), FORMER_EMPLOYMENT(false), RELATIVE(false), FINANCIAL_TIE(false),
    SUPPLIER_TIE(false), OWN_UNIT_COMPETING(false), OTHER(false);

    private final boolean automatic;

    ConflictReason(boolean automatic) {
        this.automatic = automatic;
    }

    /** Found from the organisation tree rather than declared. */
    public boolean isAutomatic() {
        return automatic;
    }

    @Override
    public String messageKey() {
        return "conflicts.reason." + name();
    }
}
