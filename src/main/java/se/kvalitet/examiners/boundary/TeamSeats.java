package se.kvalitet.examiners.boundary;

import java.util.Map;

/**
 * How many team seats each examiner held in a cycle, which carrying the register over adds to their experience.
 * The teams belong to the assignments component, which builds on this one (it reads the register through
 * {@link ExaminerPool}); so this component states what it needs and assignments answers it
 * ({@code assignments.boundary.ExaminerSeats}), and neither reads the other's tables nor imports the other back.
 */
public interface TeamSeats {

    /** Team seats per person (examiner) in the cycle's committed teams; people without a seat are left out. */
    Map<Long, Integer> seatsPerExaminer(Long cycleId);
}
