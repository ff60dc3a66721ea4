package se.kvalitet.renewal.web;

import java.io.Serializable;
import java.util.List;
import se.kvalitet.cycles.boundary.Cycles;
import se.kvalitet.platform.web.Ids;

/** Which cycle a renewal page is about: the one in its address, else the cycle with the jury; and the choices. */
public final class Cycle {

    /** A cycle to choose. */
    public record Choice(Long id, String label) implements Serializable {
    }

    private Cycle() {
    }

    static Long chosen(Cycles cycles, String parameter) {
        Long id = Ids.parse(parameter);
        if (id != null) {
            return id;
        }
        return cycles.defaultFor(se.kvalitet.cycles.boundary.CyclePurpose.JURY).orElse(null);
    }

    static List<Choice> choices(Cycles cycles) {
        return cycles.summaries().stream().map(s -> new Choice(s.id(), s.name())).toList();
    }
}
