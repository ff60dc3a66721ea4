package se.kvalitet.renewal.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import se.kvalitet.platform.errors.RuleViolation;

class PrizeAmountTest {

    @ParameterizedTest(name = "''{0}'' is {1} kr")
    @CsvSource(delimiter = ';', value = {
            "50000; 50000",
            "50 000; 50000",
            "50\u00a0000 kr; 50000",
            "50000,00; 50000",
            "50000.0; 50000",
            "0; 0",
            "-0; 0",
            "007; 7",
            "10000000; 10000000",
            " 25 000 SEK ; 25000"})
    void accepted(String input, int kronor) {
        assertEquals(kronor, PrizeAmount.parse(input));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   "})
    void blankClearsTheAmount(String input) {
        assertNull(PrizeAmount.parse(input));
    }

    @ParameterizedTest(name = "''{0}'' is refused: {1}")
    @CsvSource(delimiter = ';', value = {
            "-1; renewal.prize.negative",
            "-50 000; renewal.prize.negative",
            "50000,50; renewal.prize.wholeKronor",
            "0.5; renewal.prize.wholeKronor",
            "10000001; renewal.prize.tooLarge",
            "99999999999999; renewal.prize.tooLarge",
            "femtiotusen; renewal.prize.notANumber",
            "5e4; renewal.prize.notANumber",
            "50,000,00; renewal.prize.notANumber"})
    void refused(String input, String key) {
        assertEquals(key, assertThrows(RuleViolation.class, () -> PrizeAmount.parse(input)).getMessageKey());
    }
}
