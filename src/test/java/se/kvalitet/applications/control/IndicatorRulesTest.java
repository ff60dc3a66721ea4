package se.kvalitet.applications.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.kvalitet.applications.entity.ApplicationRuleException;

/** The indicator tables of results criteria, as tables: what passes, and the refusal (key and row) of what does not. */
class IndicatorRulesTest {

    static final int YEAR = 2027;

    static IndicatorRules.Row row(String measure, String unit, String target, String label, String comparison,
                                  String years) {
        var values = new TreeMap<Integer, BigDecimal>();
        if (years != null) {
            for (String pair : years.split(" ")) {
                String[] yv = pair.split("=");
                values.put(Integer.valueOf(yv[0]), new BigDecimal(yv[1]));
            }
        }
        return new IndicatorRules.Row(measure, unit, target == null ? null : new BigDecimal(target), label,
                comparison == null ? null : new BigDecimal(comparison), values);
    }

    @ParameterizedTest(name = "{0} / {1} / target {2} / {3} {4} / {5} -> {6}")
    @CsvSource(nullValues = "-", value = {
            // measure,               unit,    target, label,    comparison, values,                         refusal
            "Nöjda vårdnadshavare,    procent, 90,     Riket,    84,         2024=81 2025=86 2026=88,        -",
            "Sjukfrånvaro,            -,       -,      -,        -,          2026=4.5,                        -",
            "Antal besök,             st,      -,      -,        -,          2012=10 2027=12,                 -",
            "' ',                     procent, 90,     -,        -,          2026=88,                         applications.indicators.measureRequired",
            "Nöjda,                   procent, 90,     -,        -,          -,                               applications.indicators.noValues",
            "Nöjda,                   procent, 90,     -,        -,          2011=80,                         applications.indicators.yearOutOfRange",
            "Nöjda,                   procent, 90,     -,        -,          2028=80,                         applications.indicators.yearOutOfRange",
            "Nöjda,                   procent, 90,     -,        84,         2026=88,                         applications.indicators.comparisonLabelRequired",
            "Nöjda,                   procent, 90,     Riket,    -,          2026=88,                         applications.indicators.comparisonValueRequired",
            "Nöjda,                   procent, 1E12,   -,        -,          2026=88,                         applications.indicators.numberTooLarge",
            "Nöjda,                   procent, -,      -,        -,          2026=-1E12,                      applications.indicators.numberTooLarge",
            "Nöjda,                   procent, -,      -,        -,          2016=1 2017=1 2018=1 2019=1 2020=1 2021=1 2022=1 2023=1 2024=1 2025=1 2026=1, applications.indicators.tooManyYears",
    })
    void oneIndicator(String measure, String unit, String target, String label, String comparison, String years,
                      String refusal) {
        var rows = List.of(row(IndicatorRules.clean(measure), unit, target, label, comparison, years));
        if (refusal == null) {
            IndicatorRules.requireValid("7.1", rows, YEAR);
        } else {
            var refused = assertThrows(ApplicationRuleException.class, () -> IndicatorRules.requireValid("7.1", rows, YEAR));
            assertEquals(refusal, refused.getMessageKey());
            assertEquals("7.1", refused.getArguments()[0], "the criterion is named");
            assertEquals(1, refused.getArguments()[1], "the row is named, counted from 1");
        }
    }

    @Test
    void atMostTenIndicatorsPerCriterion() {
        var one = row("Nöjda", "procent", null, null, null, "2026=88");
        IndicatorRules.requireValid("7.1", Collections.nCopies(10, one), YEAR);
        var refused = assertThrows(ApplicationRuleException.class,
                () -> IndicatorRules.requireValid("7.1", Collections.nCopies(11, one), YEAR));
        assertEquals("applications.indicators.tooMany", refused.getMessageKey());
    }

    @Test
    void theRefusalNamesTheRowThatBreaksTheRule() {
        var good = row("Nöjda", "procent", null, null, null, "2026=88");
        var bad = row(null, "procent", null, null, null, "2026=88");
        var refused = assertThrows(ApplicationRuleException.class,
                () -> IndicatorRules.requireValid("7.2", List.of(good, good, bad), YEAR));
        assertEquals(3, refused.getArguments()[1]);
    }

    @Test
    void textsHaveLimitsNamedInTheReadersLanguage() {
        var refused = assertThrows(ApplicationRuleException.class, () -> IndicatorRules.requireValid("7.1",
                List.of(row("x".repeat(201), null, null, null, null, "2026=1")), YEAR));
        assertEquals("applications.indicators.tooLong", refused.getMessageKey());
        assertEquals(IndicatorRules.Field.MEASURE, refused.getArguments()[2]);
        var unit = assertThrows(ApplicationRuleException.class, () -> IndicatorRules.requireValid("7.1",
                List.of(row("Nöjda", "x".repeat(51), null, null, null, "2026=1")), YEAR));
        assertEquals(IndicatorRules.Field.UNIT_OF_MEASURE, unit.getArguments()[2]);
    }

    @ParameterizedTest(name = "''{0}'' is {1}")
    @CsvSource(nullValues = "-", delimiter = '|', value = {
            "12,5       | 12.5",
            "12.5       | 12.5",
            "1 234,5    | 1234.5",
            "1\u00a0234 | 1234",
            "\u22123,2  | -3.2",
            "-0,25      | -0.25",
            "' '        | -",
    })
    void numbersAreReadAsPeopleTypeThem(String text, String expected) {
        var parsed = IndicatorRules.parse(text, "7.1", 1);
        if (expected == null) {
            assertNull(parsed);
        } else {
            assertEquals(0, new BigDecimal(expected).compareTo(parsed), text);
        }
    }

    @ParameterizedTest(name = "''{0}'' is not a number")
    @CsvSource(delimiter = '|', value = {"tolv", "12,5%", "1.2.3", "--3", "12e3"})
    void otherTextIsRefusedWithTheText(String text) {
        var refused = assertThrows(ApplicationRuleException.class, () -> IndicatorRules.parse(text, "7.1", 2));
        assertEquals("applications.indicators.notANumber", refused.getMessageKey());
        assertEquals(text, refused.getArguments()[2]);
    }

    @Test
    void numbersAreKeptToThreeDecimals() {
        assertEquals(0, new BigDecimal("33.333").compareTo(IndicatorRules.kept(new BigDecimal("33.33333"))));
        assertEquals(0, new BigDecimal("0.667").compareTo(IndicatorRules.kept(new BigDecimal("0.6666"))));
        assertNull(IndicatorRules.kept(null));
    }
}
