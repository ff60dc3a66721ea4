package se.kvalitet.examiners.control;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import se.kvalitet.examiners.entity.ExaminerProfile;
import se.kvalitet.platform.errors.RuleViolation;

/**
 * Reads the examiner register from a spreadsheet export: UTF-8 (a byte-order mark is skipped), a header row,
 * fields separated by semicolons (what Swedish Excel writes) or commas, quoted with double quotes where
 * needed. Every row is checked and every error reported with its line, so the administrator can fix the
 * whole file at once; names of administrations and units are resolved later by the boundary.
 */
public final class ExaminerCsv {

    public static final String EMAIL = "email";
    public static final String NAME = "name";
    public static final String ADMINISTRATION = "administration";
    public static final String UNIT = "unit";
    public static final String TRAINED_ON = "trained_on";
    public static final String YEARS = "years";
    public static final String EARLIER = "earlier_assessments";
    public static final String LEADER = "leader";
    public static final String COMPETENCES = "competences";
    public static final String CAPACITY = "capacity";
    public static final String MANAGER = "manager";
    public static final String APPROVED_ON = "approved_on";
    public static final String NOTES = "notes";

    /** Header names accepted for each column (English, Swedish, a few spellings). */
    private static final Map<String, String> HEADERS = headers();
    private static final Pattern EMAIL_PATTERN = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Set<String> YES = Set.of("yes", "ja", "true", "1", "x", "j", "y");
    private static final Set<String> NO = Set.of("no", "nej", "false", "0", "", "n");

    /** One good row: what the record is to become. Null text columns are empty in the file. */
    public record Row(int line, String email, String name, String administration, String unit, LocalDate trainedOn,
                      int years, int earlierAssessments, boolean leader, Set<String> competences, int capacity,
                      String manager, LocalDate approvedOn, String notes) {
    }

    /** A bad row: its line in the file (1 is the header) and why, as a bundle key with arguments. */
    public record RowError(int line, String key, List<Object> arguments) {
        public RowError {
            arguments = List.copyOf(arguments);
        }
    }

    /** The rows, the errors, and which columns the file has (a column it lacks leaves that field alone). */
    public record Parsed(List<Row> rows, List<RowError> errors, Set<String> columns) {
        public Parsed {
            columns = Set.copyOf(columns);
        }

        public boolean has(String column) {
            return columns.contains(column);
        }

        public boolean valid() {
            return errors.isEmpty();
        }
    }

    private ExaminerCsv() {
    }

    /**
     * Parses and checks the file. {@code serviceAreas} maps every accepted spelling of a competence (in lower
     * case: the code and its localized names) to its code.
     */
    public static Parsed parse(String text, Map<String, String> serviceAreas) {
        var errors = new ArrayList<RowError>();
        var rows = new ArrayList<Row>();
        String content = text == null ? "" : text;
        if (content.startsWith("\uFEFF")) {
            content = content.substring(1);
        }
        List<Record> records = records(content, separator(content));
        records.removeIf(Record::blank);
        if (records.isEmpty()) {
            errors.add(new RowError(1, "examiners.import.empty", List.of()));
            return new Parsed(rows, errors, Set.of());
        }
        Record header = records.get(0);
        var columns = new ArrayList<String>();
        for (String name : header.fields()) {
            String column = HEADERS.get(normalizeHeader(name));
            if (column == null) {
                errors.add(new RowError(header.line(), "examiners.import.header.unknown", List.of(name.strip())));
            } else if (columns.contains(column)) {
                errors.add(new RowError(header.line(), "examiners.import.header.duplicate", List.of(name.strip())));
            }
            columns.add(column);
        }
        if (!columns.contains(EMAIL)) {
            errors.add(new RowError(header.line(), "examiners.import.header.email", List.of()));
        }
        if (!errors.isEmpty()) {
            return new Parsed(rows, errors, Set.of());
        }
        var emails = new HashSet<String>();
        for (Record record : records.subList(1, records.size())) {
            var rowErrors = new ArrayList<RowError>();
            if (record.fields().size() != columns.size()) {
                rowErrors.add(new RowError(record.line(), "examiners.import.columns",
                        List.of(columns.size(), record.fields().size())));
                errors.addAll(rowErrors);
                continue;
            }
            var values = new HashMap<String, String>();
            for (int i = 0; i < columns.size(); i++) {
                values.put(columns.get(i), record.fields().get(i).strip());
            }
            var row = row(record.line(), values, serviceAreas, rowErrors);
            if (row != null && !emails.add(row.email())) {
                rowErrors.add(new RowError(record.line(), "examiners.import.email.duplicate", List.of(row.email())));
            }
            if (rowErrors.isEmpty()) {
                rows.add(row);
            }
            errors.addAll(rowErrors);
        }
        if (rows.isEmpty() && errors.isEmpty()) {
            errors.add(new RowError(1, "examiners.import.empty", List.of()));
        }
        return new Parsed(rows, errors, new HashSet<>(columns));
    }

    private static Row row(int line, Map<String, String> values, Map<String, String> serviceAreas,
                           List<RowError> errors) {
        String email = values.getOrDefault(EMAIL, "").toLowerCase(Locale.ROOT);
        if (email.isEmpty()) {
            errors.add(new RowError(line, "examiners.import.email.required", List.of()));
        } else if (!EMAIL_PATTERN.matcher(email).matches() || email.length() > 254) {
            errors.add(new RowError(line, "examiners.import.email.invalid", List.of(email)));
        }
        String name = text(values, NAME);
        if (name != null && name.length() > 200) {
            errors.add(new RowError(line, "examiners.import.tooLong", List.of(NAME, 200)));
        }
        LocalDate trainedOn = date(line, values, TRAINED_ON, errors);
        LocalDate approvedOn = date(line, values, APPROVED_ON, errors);
        int years = number(line, values, YEARS, 0, 0, ExaminerProfile.MAX_YEARS, errors);
        int earlier = number(line, values, EARLIER, 0, 0, 100_000, errors);
        int capacity = number(line, values, CAPACITY, 2, 0, ExaminerProfile.MAX_CAPACITY, errors);
        boolean leader = false;
        String leaderText = values.getOrDefault(LEADER, "").toLowerCase(Locale.ROOT);
        if (YES.contains(leaderText)) {
            leader = true;
        } else if (!NO.contains(leaderText)) {
            errors.add(new RowError(line, "examiners.import.boolean.invalid", List.of(LEADER, leaderText)));
        }
        var competences = new TreeSet<String>();
        String competenceText = values.getOrDefault(COMPETENCES, "");
        if (!competenceText.isEmpty()) {
            for (String part : competenceText.split("\\|")) {
                String wanted = part.strip();
                if (wanted.isEmpty()) {
                    continue;
                }
                String code = serviceAreas.get(wanted.toLowerCase(Locale.ROOT));
                if (code == null) {
                    errors.add(new RowError(line, "examiners.import.competence.unknown", List.of(wanted)));
                } else {
                    competences.add(code);
                }
            }
        }
        String manager = text(values, MANAGER);
        if (manager != null && manager.length() > 200) {
            errors.add(new RowError(line, "examiners.import.tooLong", List.of(MANAGER, 200)));
        }
        String notes = text(values, NOTES);
        if (notes != null && notes.length() > ExaminerProfile.MAX_NOTES) {
            errors.add(new RowError(line, "examiners.import.tooLong", List.of(NOTES, ExaminerProfile.MAX_NOTES)));
        }
        if (!errors.isEmpty()) {
            return null;
        }
        var probe = new ExaminerProfile(null, null, null);
        probe.setYearsOfExperience(years);
        probe.setEarlierAssessments(earlier);
        probe.setLeaderEligible(leader);
        probe.setCapacity(capacity);
        probe.setManagerName(manager);
        probe.setManagerApprovedOn(approvedOn);
        try {
            probe.requireConsistent();
        } catch (RuleViolation broken) {
            errors.add(new RowError(line, broken.getMessageKey(), List.of(broken.getArguments())));
            return null;
        }
        return new Row(line, email, name, text(values, ADMINISTRATION), text(values, UNIT), trainedOn, years, earlier,
                leader, competences, capacity, manager, approvedOn, notes);
    }

    private static String text(Map<String, String> values, String column) {
        String value = values.get(column);
        return value == null || value.isEmpty() ? null : value;
    }

    private static LocalDate date(int line, Map<String, String> values, String column, List<RowError> errors) {
        String value = values.getOrDefault(column, "");
        if (value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException wrong) {
            errors.add(new RowError(line, "examiners.import.date.invalid", List.of(column, value)));
            return null;
        }
    }

    private static int number(int line, Map<String, String> values, String column, int empty, int min, int max,
                              List<RowError> errors) {
        String value = values.getOrDefault(column, "");
        if (value.isEmpty()) {
            return empty;
        }
        try {
            int number = Integer.parseInt(value);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        errors.add(new RowError(line, "examiners.import.number.invalid", List.of(column, value, min, max)));
        return empty;
    }

    // ---- the file format

    /** A record of the file with the line it starts on (a quoted field may span lines). */
    record Record(int line, List<String> fields) {
        boolean blank() {
            return fields.stream().allMatch(String::isBlank);
        }
    }

    /** The header decides: semicolons unless the header has more commas outside quotes. */
    static char separator(String content) {
        int semicolons = 0;
        int commas = 0;
        boolean quoted = false;
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == ',') {
                commas++;
            }
        }
        return commas > semicolons ? ',' : ';';
    }

    static List<Record> records(String content, char separator) {
        var records = new ArrayList<Record>();
        var fields = new ArrayList<String>();
        var field = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int recordLine = 1;
        int i = 0;
        while (i < content.length()) {
            char c = content.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < content.length() && content.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && field.toString().isBlank()) {
                field.setLength(0);
                quoted = true;
            } else if (c == separator) {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < content.length() && content.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                field.setLength(0);
                records.add(new Record(recordLine, List.copyOf(fields)));
                fields.clear();
                line++;
                recordLine = line;
            } else {
                field.append(c);
            }
            i++;
        }
        if (field.length() > 0 || !fields.isEmpty()) {
            fields.add(field.toString());
            records.add(new Record(recordLine, List.copyOf(fields)));
        }
        return records;
    }

    private static String normalizeHeader(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    }

    private static Map<String, String> headers() {
        var headers = new LinkedHashMap<String, String>();
        for (String column : List.of(EMAIL, NAME, ADMINISTRATION, UNIT, TRAINED_ON, YEARS, EARLIER, LEADER, COMPETENCES,
                CAPACITY, MANAGER, APPROVED_ON, NOTES)) {
            headers.put(column, column);
        }
        headers.put("e_mail", EMAIL);
        headers.put("e_post", EMAIL);
        headers.put("epost", EMAIL);
        headers.put("full_name", NAME);
        headers.put("namn", NAME);
        headers.put("förvaltning", ADMINISTRATION);
        headers.put("enhet", UNIT);
        headers.put("utbildad", TRAINED_ON);
        headers.put("trained", TRAINED_ON);
        headers.put("år", YEARS);
        headers.put("years_of_experience", YEARS);
        headers.put("tidigare_bedömningar", EARLIER);
        headers.put("lagledare", LEADER);
        headers.put("kompetenser", COMPETENCES);
        headers.put("kapacitet", CAPACITY);
        headers.put("chef", MANAGER);
        headers.put("godkänd", APPROVED_ON);
        headers.put("anteckningar", NOTES);
        return Map.copyOf(headers);
    }
}
