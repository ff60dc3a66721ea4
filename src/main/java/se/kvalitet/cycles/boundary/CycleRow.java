package se.kvalitet.cycles.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import se.kvalitet.cycles.entity.AwardCycle;
import se.kvalitet.cycles.entity.CycleCategory;

/** A cycle in the list of cycles; the deadline in city time, awards as names (QUALITY_AWARD, …). */
public record CycleRow(Long id, int year, String name, String phase, LocalDate applicationOpensOn,
                       LocalDateTime applicationClosesAt, List<String> awards) implements Serializable {

    static CycleRow of(AwardCycle c) {
        return new CycleRow(c.getId(), c.getYear(), c.getName(), c.getPhase().name(), c.plannedDates().getApplicationOpensOn(),
                c.plannedDates().getApplicationClosesAtCityTime(),
                c.getCategories().stream().map(CycleCategory::getAward).sorted().map(Enum::name).toList());
    }
}
