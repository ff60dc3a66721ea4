package se.kvalitet.assignments.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * An examiner's team as they see it: the application, their part (leader or member), their teammates, the
 * deadline of the individual review, and whether they have confirmed having no conflict (then the
 * application opens to them).
 */
public record MyTeam(Long applicationId, String registrationNumber, String unitName, String className, String award,
                     boolean leader, List<String> teammates, LocalDate deadline, boolean confirmed)
        implements Serializable {

    public MyTeam {
        teammates = List.copyOf(teammates);
    }
}
