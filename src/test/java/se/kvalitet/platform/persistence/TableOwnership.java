package se.kvalitet.platform.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads who owns which table and which tables each component's queries name, from the sources alone (no
 * server, no database): the tables from {@code db/migration/*.sql}, the owners from the {@code @Table},
 * {@code @CollectionTable}, {@code @JoinTable} and {@code @SecondaryTable} annotations of each component's
 * classes, and the queries from the string literals of each component's Java files.
 *
 * <p>What it sees: every string literal (and text block) that reads like SQL or JPQL, with the literals joined by
 * {@code +} read as one text, so a query built over several lines or from string constants ({@code FROM + where})
 * is read piece by piece; in it every name after {@code from}, {@code join}, {@code update} and {@code into}
 * (and the further names of a {@code from a x, b y} list) that is a migration table or an entity; JPQL path
 * navigation {@code alias.field} where the field is a relationship to another component's entity;
 * {@code createNamedQuery("name")} against the component whose entity declares the named query.
 *
 * <p>What it cannot see: a table name computed at run time (people's {@code FailureCounter} takes its table and
 * columns as parameters: its callers are read instead), Criteria API queries (none today), and SQL outside
 * {@code src/main/java} (the migrations themselves).
 */
final class TableOwnership {

    /** A component's query naming a table or entity of another component. */
    record Crossing(String file, int line, String component, String name, String owner) {

        /** The key of the known-crossings list: file and the other component's table or entity. */
        String key() {
            return file + " " + name;
        }

        @Override
        public String toString() {
            return file + ":" + line + ": " + component + " names " + name + " of " + owner;
        }
    }

    /** One Java source: its path below {@code se/kvalitet}, e.g. {@code jury/boundary/JuryFacts.java}, and its text. */
    record Source(String file, String text) {

        String component() {
            int slash = file.indexOf('/');
            return slash < 0 ? "" : file.substring(0, slash);
        }
    }

    private static final Pattern CREATE = Pattern.compile(
            "create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?`?(\\w+)`?", Pattern.CASE_INSENSITIVE);
    private static final Pattern RENAME = Pattern.compile(
            "(?:alter\\s+table\\s+`?(\\w+)`?\\s+rename\\s+to|rename\\s+table\\s+`?(\\w+)`?\\s+to)\\s+`?(\\w+)`?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DROP = Pattern.compile(
            "drop\\s+table\\s+(?:if\\s+exists\\s+)?`?(\\w+)`?", Pattern.CASE_INSENSITIVE);
    private static final Pattern TABLE_ANNOTATION = Pattern.compile(
            "@(?:Table|CollectionTable|JoinTable|SecondaryTable)\\s*\\([^)]*?name\\s*=\\s*\"(\\w+)\"");
    private static final Pattern ENTITY = Pattern.compile(
            "@Entity(?:\\s*\\(\\s*name\\s*=\\s*\"(\\w+)\"\\s*\\))?[\\s\\S]*?\\bclass\\s+(\\w+)");
    private static final Pattern RELATION = Pattern.compile(
            "@(?:ManyToOne|OneToOne|OneToMany|ManyToMany)\\b[\\s\\S]*?(?:private|protected|public)?\\s*"
                    + "(?:[\\w.]+<)?(\\w+)>?\\s+(\\w+)\\s*[;=]");
    private static final Pattern NAMED_QUERY = Pattern.compile("@NamedQuery\\s*\\(\\s*name\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern NAMED_QUERY_USE = Pattern.compile("createNamedQuery\\s*\\(\\s*\"([^\"]+)\"");
    /** Reads like a query (or a piece of one) when it starts with one of these words. */
    private static final Pattern QUERY_START = Pattern.compile(
            "^\\s*\\(?\\s*(select|update|delete|insert|from|join|left|inner|where|and|or|union|with|exists|not)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SOURCE_WORD = Pattern.compile("\\b(from|join|update|into)\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern IDENT = Pattern.compile("`?([A-Za-z_]\\w*)`?");
    private static final Pattern ALIAS_DECLARATION = Pattern.compile(
            "\\b(?:from|join)\\s+(?:fetch\\s+)?(\\w+(?:\\.\\w+)?)\\s+(?:as\\s+)?(\\w+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern PATH = Pattern.compile("\\b([a-z]\\w*)\\.(\\w+)");
    private static final Set<String> SQL_WORDS = Set.of("where", "join", "left", "right", "inner", "outer", "on",
            "order", "group", "set", "values", "select", "as", "fetch", "and", "or", "union", "limit", "for", "having",
            "cross", "natural", "using");

    /** table → owning components (more than one is an error the test reports). */
    final Map<String, Set<String>> owners = new TreeMap<>();
    /** entity name → component. */
    final Map<String, String> entities = new HashMap<>();
    /** "Entity.field" → target entity of a relationship. */
    final Map<String, String> relations = new HashMap<>();
    /** named query → component of the entity declaring it. */
    final Map<String, String> namedQueries = new HashMap<>();
    /** tables the migrations create (and do not drop), after renames. */
    final Set<String> tables = new TreeSet<>();
    /** mapped tables no migration creates. */
    final Set<String> unknownMapped = new TreeSet<>();
    int queries;
    int references;

    /** Tables from the migrations in the order Flyway applies them (V1, V2, …, V10, V11_1, …). */
    static List<String> tablesOf(Collection<String> migrationsInOrder) {
        var found = new ArrayList<String>();
        for (String sql : migrationsInOrder) {
            String text = sql.replaceAll("(?m)--.*$", "");
            Matcher m = Pattern.compile(CREATE.pattern() + "|" + RENAME.pattern() + "|" + DROP.pattern(),
                    Pattern.CASE_INSENSITIVE).matcher(text);
            while (m.find()) {
                String match = m.group().toLowerCase(Locale.ROOT);
                if (match.startsWith("create")) {
                    found.add(m.group(1).toLowerCase(Locale.ROOT));
                } else if (match.startsWith("drop")) {
                    found.remove(m.group(5).toLowerCase(Locale.ROOT));
                } else {
                    String from = (m.group(2) != null ? m.group(2) : m.group(3)).toLowerCase(Locale.ROOT);
                    found.replaceAll(t -> t.equals(from) ? m.group(4).toLowerCase(Locale.ROOT) : t);
                }
            }
        }
        return found;
    }

    /** Learns the tables, the entities and their owners; {@code unmapped} gives tables no entity maps their owner. */
    TableOwnership(List<String> migrationsInOrder, List<Source> sources, Map<String, String> unmapped) {
        tables.addAll(tablesOf(migrationsInOrder));
        for (Source s : sources) {
            String code = withoutComments(s.text());
            Matcher t = TABLE_ANNOTATION.matcher(code);
            while (t.find()) {
                String table = t.group(1).toLowerCase(Locale.ROOT);
                owners.computeIfAbsent(table, k -> new TreeSet<>()).add(s.component());
                if (!tables.contains(table)) {
                    unknownMapped.add(table);
                }
            }
            Matcher e = ENTITY.matcher(code);
            if (e.find()) {
                String entity = e.group(1) != null ? e.group(1) : e.group(2);
                entities.put(entity, s.component());
                Matcher r = RELATION.matcher(code);
                while (r.find()) {
                    relations.put(entity + "." + r.group(2), r.group(1));
                }
                Matcher n = NAMED_QUERY.matcher(code);
                while (n.find()) {
                    namedQueries.put(n.group(1), s.component());
                }
            }
        }
        unmapped.forEach((table, owner) -> owners.computeIfAbsent(table, k -> new TreeSet<>()).add(owner));
    }

    /** Tables without exactly one owner, as "table: owners". */
    List<String> ownershipProblems() {
        var problems = new ArrayList<String>();
        for (String table : tables) {
            Set<String> o = owners.getOrDefault(table, Set.of());
            if (o.size() != 1) {
                problems.add(table + ": " + (o.isEmpty() ? "no owner" : "owned by " + o));
            }
        }
        owners.keySet().stream().filter(t -> !tables.contains(t))
                .forEach(t -> problems.add(t + ": mapped or listed, but no migration creates it"));
        return problems;
    }

    String ownerOfTable(String table) {
        Set<String> o = owners.get(table);
        return o == null || o.size() != 1 ? null : o.iterator().next();
    }

    /** Every crossing in one source file. */
    List<Crossing> crossings(Source source) {
        var found = new ArrayList<Crossing>();
        String component = source.component();
        for (Literal group : literalGroups(source.text())) {
            boolean query = QUERY_START.matcher(group.text).find();
            if (!query) {
                continue;
            }
            queries++;
            Map<String, String> aliases = new HashMap<>();
            for (Reference ref : references(group.text)) {
                references++;
                String name = ref.name;
                String owner = entities.containsKey(name) ? entities.get(name) : ownerOfTable(name.toLowerCase(Locale.ROOT));
                if (!entities.containsKey(name) && !tables.contains(name.toLowerCase(Locale.ROOT))) {
                    continue;
                }
                if (owner != null && !owner.equals(component)) {
                    found.add(new Crossing(source.file(), group.lineAt(ref.offset), component, name, owner));
                }
            }
            found.addAll(pathCrossings(source, group, aliases));
        }
        Matcher named = NAMED_QUERY_USE.matcher(source.text());
        while (named.find()) {
            String owner = namedQueries.get(named.group(1));
            queries++;
            if (owner != null && !owner.equals(component)) {
                found.add(new Crossing(source.file(), lineOf(source.text(), named.start()), component,
                        named.group(1), owner));
            }
        }
        return found;
    }

    /** JPQL {@code alias.field} where the field leads into another component's entity. */
    private List<Crossing> pathCrossings(Source source, Literal group, Map<String, String> aliases) {
        var found = new ArrayList<Crossing>();
        Matcher d = ALIAS_DECLARATION.matcher(group.text);
        while (d.find()) {
            String target = d.group(1);
            String alias = d.group(2);
            if (SQL_WORDS.contains(alias.toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (target.contains(".")) {
                String[] path = target.split("\\.");
                String from = aliases.get(path[0]);
                String to = from == null ? null : relations.get(from + "." + path[1]);
                if (to != null) {
                    aliases.put(alias, to);
                }
            } else if (entities.containsKey(target)) {
                aliases.put(alias, target);
            }
        }
        Matcher p = PATH.matcher(group.text);
        while (p.find()) {
            String entity = aliases.get(p.group(1));
            String target = entity == null ? null : relations.get(entity + "." + p.group(2));
            String owner = target == null ? null : entities.get(target);
            if (owner != null && !owner.equals(source.component())) {
                found.add(new Crossing(source.file(), group.lineAt(p.start()), source.component(),
                        entity + "." + p.group(2) + " → " + target, owner));
            }
        }
        return found;
    }

    private record Reference(String name, int offset) {
    }

    /** Names after from/join/update/into, and the further names of a from-list ("from a x, b y"). */
    private static List<Reference> references(String query) {
        var found = new ArrayList<Reference>();
        Matcher w = SOURCE_WORD.matcher(query);
        while (w.find()) {
            int at = w.end();
            boolean fromList = w.group(1).equalsIgnoreCase("from");
            if (query.regionMatches(true, at, "fetch ", 0, 6)) {
                at += 6;
            }
            while (true) {
                Matcher id = IDENT.matcher(query).region(at, query.length());
                if (!id.lookingAt()) {
                    break;
                }
                String name = id.group(1);
                if (at + id.group().length() < query.length() && query.charAt(at + id.group().length()) == '.') {
                    break; // a JPQL path such as "join p.roles": navigation, read by pathCrossings
                }
                found.add(new Reference(name, at));
                if (!fromList) {
                    break;
                }
                // skip an alias, then continue only at a comma
                int next = id.end();
                Matcher alias = Pattern.compile("\\s+(?:as\\s+)?(\\w+)", Pattern.CASE_INSENSITIVE).matcher(query)
                        .region(next, query.length());
                if (alias.lookingAt() && !SQL_WORDS.contains(alias.group(1).toLowerCase(Locale.ROOT))) {
                    next = alias.end();
                }
                Matcher comma = Pattern.compile("\\s*,\\s*").matcher(query).region(next, query.length());
                if (!comma.lookingAt()) {
                    break;
                }
                at = comma.end();
            }
        }
        return found;
    }

    /** String literals joined by {@code +} (and nothing else but blanks and comments) read as one text. */
    record Literal(String text, int[] lines) {

        int lineAt(int offset) {
            return lines[Math.min(offset, lines.length - 1)];
        }
    }

    static List<Literal> literalGroups(String java) {
        var groups = new ArrayList<Literal>();
        var text = new StringBuilder();
        var lines = new ArrayList<Integer>();
        int line = 1;
        int i = 0;
        boolean joinable = false; // the previous token was a literal followed by "+"
        boolean open = false;
        int n = java.length();
        while (i < n) {
            char c = java.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (java.startsWith("//", i)) {
                while (i < n && java.charAt(i) != '\n') {
                    i++;
                }
            } else if (java.startsWith("/*", i)) {
                int end = java.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                line += count(java, i, end);
                i = end;
            } else if (c == '\'') {
                i = java.charAt(i + 1) == '\\' ? java.indexOf('\'', i + 3) + 1 : i + 3;
            } else if (c == '"') {
                if (!joinable && open) {
                    groups.add(close(text, lines));
                }
                boolean block = java.startsWith("\"\"\"", i);
                int start = block ? java.indexOf('\n', i) + 1 : i + 1;
                int startLine = block ? line + 1 : line;
                int end = block ? java.indexOf("\"\"\"", start) : endOfString(java, start);
                String value = java.substring(start, end).replace("\\\"", "\"").replace("\\n", "\n");
                int l = startLine;
                for (int k = 0; k < value.length(); k++) {
                    text.append(value.charAt(k));
                    lines.add(l);
                    if (value.charAt(k) == '\n') {
                        l++;
                    }
                }
                line += count(java, i, end);
                i = end + (block ? 3 : 1);
                open = true;
                joinable = false;
                continue;
            } else if (c == '+' && open) {
                joinable = true;
                i++;
            } else if (Character.isWhitespace(c)) {
                i++;
            } else {
                // "literal + CONSTANT + literal" still reads as one query: an identifier between two plus signs
                if (joinable && (Character.isJavaIdentifierPart(c) || c == '.' || c == '(' || c == ')')) {
                    int j = i;
                    int depth = 0;
                    while (j < n && (Character.isJavaIdentifierPart(java.charAt(j)) || java.charAt(j) == '.'
                            || java.charAt(j) == '(' || java.charAt(j) == ')' && depth > 0 || java.charAt(j) == ' ')) {
                        depth += java.charAt(j) == '(' ? 1 : java.charAt(j) == ')' ? -1 : 0;
                        j++;
                    }
                    if (j < n && java.charAt(j) == '+') {
                        text.append(' ');
                        lines.add(line);
                        i = j;
                        continue;
                    }
                }
                if (open) {
                    groups.add(close(text, lines));
                    open = false;
                }
                joinable = false;
                i++;
            }
        }
        if (open) {
            groups.add(close(text, lines));
        }
        return groups;
    }

    private static Literal close(StringBuilder text, List<Integer> lines) {
        var literal = new Literal(text.toString(), lines.stream().mapToInt(Integer::intValue).toArray());
        text.setLength(0);
        lines.clear();
        return literal;
    }

    private static int endOfString(String java, int from) {
        int i = from;
        while (java.charAt(i) != '"') {
            i += java.charAt(i) == '\\' ? 2 : 1;
        }
        return i;
    }

    private static int count(String s, int from, int to) {
        int lines = 0;
        for (int i = from; i < to; i++) {
            lines += s.charAt(i) == '\n' ? 1 : 0;
        }
        return lines;
    }

    private static int lineOf(String s, int offset) {
        return count(s, 0, offset) + 1;
    }

    private static String withoutComments(String java) {
        return java.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)^\\s*//.*$", "");
    }

    /** The migrations in Flyway's order: by version, compared number by number. */
    static List<String> migrations(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().matches("V[\\d_]+__.*\\.sql"))
                    .sorted((a, b) -> compareVersions(version(a), version(b)))
                    .map(TableOwnership::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Java sources below {@code root} ({@code src/main/java/se/kvalitet}), with paths relative to it. */
    static List<Source> sources(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted()
                    .map(f -> new Source(root.relativize(f).toString().replace('\\', '/'), read(f))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String version(Path migration) {
        String name = migration.getFileName().toString();
        return name.substring(1, name.indexOf("__"));
    }

    private static int compareVersions(String a, String b) {
        String[] x = a.split("_");
        String[] y = b.split("_");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            int c = Long.compare(i < x.length ? Long.parseLong(x[i]) : 0, i < y.length ? Long.parseLong(y[i]) : 0);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
