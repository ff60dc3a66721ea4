package se.kvalitet.examples.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Looks for personal data in a record's texts before it is published: Swedish personal identity numbers
 * (personnummer and samordningsnummer, with or without century and separator, only when the date is a real one
 * and the Luhn check digit is right), phone numbers (Swedish forms: 070-123 45 67, 08-123 456 78,
 * +46 70 123 45 67), e-mail addresses other than the record's contact's, and people's first names from a list of
 * common Swedish first names (written with a capital letter). Each finding has the field and the position in it.
 * A finding is a warning, not a refusal: the administrator reads it and acknowledges before publishing.
 */
public final class PersonalDataCheck {

    public enum Kind { PERSONAL_IDENTITY_NUMBER, PHONE_NUMBER, EMAIL_ADDRESS, FIRST_NAME }

    /** One finding: which field, what kind, the text found and its position (0-based character offset). */
    public record Finding(String field, Kind kind, String found, int position) {
    }

    static final Pattern IDENTITY = Pattern.compile("(?<![\\d-])(\\d{2})?(\\d{2})(\\d{2})(\\d{2})\\s?([-+])?\\s?(\\d{4})(?![\\d])");
    static final Pattern PHONE = Pattern.compile("(?<![\\w+])(?:\\+46|0046|0)[ -]?\\(?0?\\)?\\d{1,3}(?:[ -]?\\d{2,4}){1,4}(?![\\d])");
    static final Pattern EMAIL = Pattern.compile("[\\p{L}0-9._%+-]+@[\\p{L}0-9.-]+\\.[\\p{L}]{2,}");
    static final Pattern WORD = Pattern.compile("\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?");

    private static final Set<String> FIRST_NAMES = load("/examples/first-names.txt");

    private PersonalDataCheck() {
    }

    /** Every finding in {@code texts} (field → text), in field order then position. */
    public static List<Finding> check(Map<String, String> texts, String contactEmail) {
        var findings = new ArrayList<Finding>();
        texts.forEach((field, text) -> findings.addAll(check(field, text, contactEmail)));
        return findings;
    }

    /** The findings in one field's text. */
    public static List<Finding> check(String field, String text, String contactEmail) {
        var findings = new ArrayList<Finding>();
        if (text == null || text.isBlank()) {
            return findings;
        }
        var taken = new boolean[text.length()];
        Matcher email = EMAIL.matcher(text);
        while (email.find()) {
            mark(taken, email.start(), email.end());
            if (contactEmail == null || !email.group().equalsIgnoreCase(contactEmail.strip())) {
                findings.add(new Finding(field, Kind.EMAIL_ADDRESS, email.group(), email.start()));
            }
        }
        Matcher id = IDENTITY.matcher(text);
        while (id.find()) {
            if (!free(taken, id.start(), id.end())) {
                continue;
            }
            String digits = id.group(2) + id.group(3) + id.group(4) + id.group(6);
            if (validIdentity(id.group(1), id.group(2), id.group(3), id.group(4), digits)) {
                mark(taken, id.start(), id.end());
                findings.add(new Finding(field, Kind.PERSONAL_IDENTITY_NUMBER, id.group(), id.start()));
            }
        }
        Matcher phone = PHONE.matcher(text);
        while (phone.find()) {
            if (!free(taken, phone.start(), phone.end())) {
                continue;
            }
            long digits = phone.group().chars().filter(Character::isDigit).count();
            if (digits >= 8 && digits <= 13) {
                mark(taken, phone.start(), phone.end());
                findings.add(new Finding(field, Kind.PHONE_NUMBER, phone.group(), phone.start()));
            }
        }
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            if (free(taken, word.start(), word.end()) && isFirstName(word.group())) {
                findings.add(new Finding(field, Kind.FIRST_NAME, word.group(), word.start()));
            }
        }
        findings.sort(Comparator.comparingInt(Finding::position));
        return findings;
    }

    static boolean isFirstName(String word) {
        for (String part : word.split("-")) {
            if (FIRST_NAMES.contains(part.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A real personal identity number: month 01–12, day 01–31 (samordningsnummer: day + 60), a century (when
     * written) of 18, 19 or 20, and the Luhn check digit over the ten digits YYMMDDNNNC.
     */
    static boolean validIdentity(String century, String yy, String mm, String dd, String tenDigits) {
        if (century != null && !(century.equals("18") || century.equals("19") || century.equals("20"))) {
            return false;
        }
        int month = Integer.parseInt(mm);
        int day = Integer.parseInt(dd);
        if (day > 60) {
            day -= 60;
        }
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            return false;
        }
        return luhn(tenDigits);
    }

    /** The Luhn (modulus 10) check over all digits, the last being the check digit. */
    static boolean luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return sum % 10 == 0;
    }

    private static void mark(boolean[] taken, int from, int to) {
        for (int i = from; i < to; i++) {
            taken[i] = true;
        }
    }

    private static boolean free(boolean[] taken, int from, int to) {
        for (int i = from; i < to; i++) {
            if (taken[i]) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> load(String resource) {
        var names = new HashSet<String>();
        try (var in = PersonalDataCheck.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    names.add(line.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(names);
    }
}
