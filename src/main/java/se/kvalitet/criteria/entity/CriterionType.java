package se.kvalitet.criteria.entity;

/** Process criteria are read by approach and deployment, result criteria by levels and trends. */
public enum CriterionType implements se.kvalitet.platform.i18n.Localizable { PROCESS, RESULT, INNOVATION;

    @Override
    public String messageKey() {
        return "criteria.type." + name();
    }
}
