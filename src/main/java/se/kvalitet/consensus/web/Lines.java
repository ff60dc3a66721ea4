package se.kvalitet.consensus.web;

import java.util.Arrays;
import java.util.List;

/** Key themes are edited as a text area, one theme per line. */
final class Lines {

    private Lines() {
    }

    static List<String> split(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).filter(l -> !l.isBlank()).map(String::trim).toList();
    }

    static String join(List<String> lines) {
        return String.join("\n", lines);
    }
}
