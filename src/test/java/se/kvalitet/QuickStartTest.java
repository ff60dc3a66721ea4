package se.kvalitet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's Quick start is how newcomers meet the product: two lines, and CI runs the second one as written. */
class QuickStartTest {

    @Test
    void ciRunsTheReadmesTestLine() throws IOException {
        List<String> quickStart = firstCodeBlockOfQuickStart(Files.readAllLines(Path.of("README.md")));
        assertEquals(2, quickStart.size(), "two command lines: " + quickStart);
        String testLine = quickStart.get(1).strip();
        List<String> ci = Files.readAllLines(Path.of(".ci/run")).stream().map(String::strip).toList();
        assertTrue(ci.contains(testLine), ".ci/run must run '" + testLine + "' as written: " + ci);
    }

    static List<String> firstCodeBlockOfQuickStart(List<String> readme) {
        List<String> block = new ArrayList<>();
        boolean inSection = false;
        boolean inBlock = false;
        for (String line : readme) {
            if (line.startsWith("## ")) {
                inSection = line.equals("## Quick start");
            } else if (inSection && line.startsWith("```")) {
                if (inBlock) {
                    return block;
                }
                inBlock = true;
            } else if (inBlock && !line.isBlank()) {
                block.add(line);
            }
        }
        return block;
    }
}
