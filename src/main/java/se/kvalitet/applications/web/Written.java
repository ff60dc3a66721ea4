package se.kvalitet.applications.web;

/** Text as the page receives it, made the way the boundary counts it. */
final class Written {

    private Written() {
    }

    /**
     * Browsers send a textarea's line breaks as CR LF but count them as one character (and so does the
     * live counter): one line break is one character here too. Blank is no answer.
     */
    static String normalized(String text) {
        if (text == null) {
            return null;
        }
        String unified = text.replace("\r\n", "\n").replace('\r', '\n');
        return unified.isBlank() ? null : unified;
    }

    static int length(String text) {
        String normalized = normalized(text);
        return normalized == null ? 0 : normalized.length();
    }
}
