package se.kvalitet.platform.i18n;

/**
 * A value with a name people read (a phase, an award, a criterion type): its resource-bundle key.
 * Messages that carry such a value as an argument show its localized name, never its code.
 */
public interface Localizable {

    String messageKey();
}
