package se.kvalitet.applications.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class RegistrationNumbersTest {

    @Test
    void yearAndRunningNumber() {
        assertEquals("KS 2026/1", RegistrationNumbers.format("KS {year}/{seq}", 2026, 1));
        assertEquals("KS 2026/123", RegistrationNumbers.format("KS {year}/{seq}", 2026, 123));
    }

    @Test
    void zeroPaddedRunningNumber() {
        assertEquals("KS 2026/007", RegistrationNumbers.format("KS {year}/{seq:3}", 2026, 7));
        assertEquals("KS 2026/1234", RegistrationNumbers.format("KS {year}/{seq:3}", 2026, 1234));
        assertEquals("5", RegistrationNumbers.format("{seq:0}", 2026, 5));
    }

    @Test
    void formatWithoutYear() {
        assertEquals("FP-42", RegistrationNumbers.format("FP-{seq}", 2026, 42));
    }

    @Test
    void specialCharactersInTheFormatStayAsTheyAre() {
        assertEquals("$KS\\2026/3", RegistrationNumbers.format("$KS\\{year}/{seq}", 2026, 3));
    }

    @Test
    void numbersStartAtOne() {
        assertThrows(IllegalArgumentException.class, () -> RegistrationNumbers.format("KS {year}/{seq}", 2026, 0));
    }
}
