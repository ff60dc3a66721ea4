package se.kvalitet.applications.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.kvalitet.applications.boundary.IndicatorDraft;
import se.kvalitet.applications.entity.ApplicationRuleException;

/** An indicator row on the edit page: the years it shows, what is typed kept as typed, read as people type numbers. */
class IndicatorFormTest {

    @Test
    void theTableShowsFiveYearsUpToTheCyclesAndEveryYearASavedRowHas() {
        var saved = new IndicatorDraft("Nöjdhet", null, null, null, null,
                List.of(new IndicatorDraft.YearValue(2019, BigDecimal.ONE)));
        assertEquals(List.of(2019, 2023, 2024, 2025, 2026, 2027), IndicatorForm.years(2027, List.of(saved)));
    }

    @Test
    void aSavedRowIsShownWithADecimalCommaAndReadBackTheSame() {
        var years = List.of(2025, 2026, 2027);
        var saved = new IndicatorDraft("Nöjda", "procent", new BigDecimal("90"), "Riket", new BigDecimal("84.50"),
                List.of(new IndicatorDraft.YearValue(2026, new BigDecimal("86.5"))));
        var form = IndicatorForm.of(saved, years);
        assertEquals("84,5", form.getComparison());
        assertEquals("86,5", form.valueOf(2026));
        assertEquals(null, form.valueOf(2025));
        var back = form.toDraft("2", 1);
        assertEquals(List.of(new IndicatorDraft.YearValue(2026, new BigDecimal("86.5"))), back.values());
        assertEquals(0, new BigDecimal("84.5").compareTo(back.comparison()));
    }

    @Test
    void anEmptyRowIsBlankAndAHalfTypedNumberIsRefusedWithTheRow() {
        var form = IndicatorForm.empty(List.of(2026, 2027));
        assertTrue(form.blank(), "a row just added blocks no save");
        form.getCells().get(1).setValue("tolv");
        assertFalse(form.blank());
        var refused = assertThrows(ApplicationRuleException.class, () -> form.toDraft("5", 3));
        assertEquals("applications.indicators.notANumber", refused.getMessageKey());
        assertEquals(3, refused.getArguments()[1]);
    }
}
