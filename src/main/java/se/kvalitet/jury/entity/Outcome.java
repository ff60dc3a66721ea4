package se.kvalitet.jury.entity;

import se.kvalitet.platform.errors.InvalidParameter;

/** What the jury decides on an application. Winners and honourable mentions need a publishable motivation. */
public enum Outcome implements se.kvalitet.platform.i18n.Localizable {
    WINNER, HONOURABLE_MENTION, NOT_AWARDED;

    public boolean needsMotivation() {
        return this != NOT_AWARDED;
    }

    @Override
    public String messageKey() {
        return "jury.outcome." + name();
    }

    /** The outcome named; an unknown name is refused as a bad parameter. */
    public static Outcome named(String name) {
        try {
            return Outcome.valueOf(name);
        } catch (IllegalArgumentException | NullPointerException unknown) {
            throw new InvalidParameter("jury.outcome.unknown", "outcome", name);
        }
    }
}
