package se.kvalitet.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Swedish first, English second, nothing missing: both languages have the same keys, and every literal
 * key a page asks for exists.
 */
class BundlesTest {

    static final Map<String, String> VARS = Map.ofEntries(Map.entry("msg", "common"),
            Map.entry("orgMsg", "organizations"), Map.entry("peopleMsg", "people"), Map.entry("cycleMsg", "cycles"),
            Map.entry("critMsg", "criteria"), Map.entry("appMsg", "applications"), Map.entry("exmMsg", "examiners"),
            Map.entry("cnfMsg", "conflicts"), Map.entry("asgMsg", "assignments"),
            Map.entry("scoMsg", "scoring"), Map.entry("conMsg", "consensus"),
            Map.entry("fbMsg", "feedback"));
    static final Path I18N = Path.of("src/main/resources/i18n");

    @Test
    void swedishAndEnglishHaveTheSameKeys() throws IOException {
        try (Stream<Path> files = Files.list(I18N)) {
            List<String> bases = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith("_sv.properties")).map(n -> n.replace("_sv.properties", "")).toList();
            assertTrue(bases.contains("common"), "bundles found: " + bases);
            for (String base : bases) {
                Set<String> sv = keys(base + "_sv");
                Set<String> en = keys(base + "_en");
                var onlySv = new TreeSet<>(sv);
                onlySv.removeAll(en);
                var onlyEn = new TreeSet<>(en);
                onlyEn.removeAll(sv);
                assertEquals(Set.of(), onlySv, base + ": keys without English");
                assertEquals(Set.of(), onlyEn, base + ": keys without Swedish");
                assertTrue(keys(base).isEmpty(), base + ".properties stays empty (no silent fallback language)");
            }
        }
    }

    @Test
    void everyKeyAPageUsesExists() throws IOException {
        Pattern use = Pattern.compile("#\\{(msg|orgMsg|peopleMsg|cycleMsg|critMsg|appMsg|exmMsg|cnfMsg|asgMsg|scoMsg|conMsg|fbMsg)\\['([A-Za-z0-9_.\\-]+)'\\]");
        List<String> missing = new ArrayList<>();
        try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                var matcher = use.matcher(Files.readString(page, StandardCharsets.UTF_8));
                while (matcher.find()) {
                    String bundle = VARS.get(matcher.group(1));
                    if (!keys(bundle + "_sv").contains(matcher.group(2))) {
                        missing.add(page + ": " + matcher.group(1) + "['" + matcher.group(2) + "']");
                    }
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    static Set<String> keys(String name) {
        var properties = new Properties();
        try (InputStream in = Files.newInputStream(I18N.resolve(name + ".properties"))) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.stringPropertyNames();
    }
}
