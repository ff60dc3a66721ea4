package se.kvalitet.applications.boundary;

import java.io.Serializable;
import java.util.List;

/**
 * Something to tell about an application (a missing answer, an eligibility reason or warning) as a
 * message key of bundle i18n/applications and its arguments; {@code field} names the criterion code or
 * field it concerns, if any. Localize with {@code Texts.text(locale, key, arguments.toArray())}.
 */
public record Notice(String field, String key, List<Object> arguments) implements Serializable {
}
