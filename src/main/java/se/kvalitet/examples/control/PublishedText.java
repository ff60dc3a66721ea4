package se.kvalitet.examples.control;

import java.util.ArrayList;
import java.util.List;
import se.kvalitet.examples.entity.GoodExample;

/**
 * What of a published file's text the personal-data check need not question: the names a record carries by
 * right (the unit, its administration) and the contact's details when, and only when, the contact agreed to be
 * named. They are blanked out with spaces of the same length, so the positions of the other findings stay true.
 */
public final class PublishedText {

    private PublishedText() {
    }

    public static String allowedOut(String text, GoodExample e) {
        if (text == null) {
            return null;
        }
        List<String> allowed = new ArrayList<>();
        allowed.add(e.getUnitName());
        allowed.add(e.getAdministrationName());
        if (e.isContactConsent()) {
            allowed.add(e.getContactName());
            allowed.add(e.getContactEmail());
            allowed.add(e.getContactPhone());
        }
        String result = text;
        for (String a : allowed) {
            if (a != null && !a.isBlank()) {
                result = result.replace(a.strip(), " ".repeat(a.strip().length()));
            }
        }
        return result;
    }
}
