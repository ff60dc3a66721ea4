package se.kvalitet.cycles.entity;

import se.kvalitet.platform.i18n.Localizable;

/** The two awards a cycle can hold: the quality award (examiner teams) and the renewal prize (jury only). */
public enum Award implements Localizable {
    QUALITY_AWARD, RENEWAL_PRIZE;

    @Override
    public String messageKey() {
        return "cycle.award." + name();
    }
}
