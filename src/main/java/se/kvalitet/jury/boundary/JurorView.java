package se.kvalitet.jury.boundary;

import java.io.Serializable;
import java.util.List;

/** A member of the jury, whether present at the meeting, and the applications (codes) they are recused from. */
public record JurorView(Long id, String fullName, boolean chair, boolean present, List<String> recusedFrom)
        implements Serializable {

    /** The applications recused from, comma separated. */
    public String recusedList() {
        return String.join(", ", recusedFrom);
    }
}
