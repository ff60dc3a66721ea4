package se.kvalitet.assignments.entity;

import se.kvalitet.platform.i18n.Localizable;

/** A proposal is adjusted while OPEN, then either COMMITTED (teams created) or DISCARDED; both are final. */
public enum ProposalStatus implements Localizable {
    OPEN, COMMITTED, DISCARDED;

    @Override
    public String messageKey() {
        return "assignments.status." + name();
    }
}
