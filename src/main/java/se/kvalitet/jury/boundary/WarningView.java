package se.kvalitet.jury.boundary;

import java.io.Serializable;
import java.util.List;

/** An eligibility-to-win warning: a key of bundle i18n/applications and its arguments. */
public record WarningView(String key, List<Object> arguments) implements Serializable {
}
