package se.kvalitet.organizations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The organisation and people bundles: every Swedish text has its English twin, and no text is empty. */
class BundlesTest {

    @ParameterizedTest
    @ValueSource(strings = {"organizations", "people", "renewal", "jury", "examples"})
    void swedishAndEnglishHaveTheSameKeys(String bundle) throws IOException {
        var swedish = load("i18n/" + bundle + "_sv.properties");
        var english = load("i18n/" + bundle + "_en.properties");
        assertFalse(swedish.isEmpty());
        assertEquals(new TreeSet<>(swedish.stringPropertyNames()), new TreeSet<>(english.stringPropertyNames()));
        for (var key : swedish.stringPropertyNames()) {
            assertTrue(key.startsWith(bundle + "."), key + " must start with " + bundle + ". to be found by Messages");
            assertFalse(swedish.getProperty(key).isBlank(), key);
            assertFalse(english.getProperty(key).isBlank(), key);
        }
    }

    private static Properties load(String resource) throws IOException {
        var properties = new Properties();
        try (var in = BundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
