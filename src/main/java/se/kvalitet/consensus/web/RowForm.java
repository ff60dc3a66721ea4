package se.kvalitet.consensus.web;

import java.io.Serializable;
import se.kvalitet.consensus.boundary.SheetRow;

/** What a member edits on one criterion of the sheet, with the row's version it was loaded at. */
public class RowForm implements Serializable {

    private Integer value;
    private String justification;
    private String strengths;
    private String improvements;
    private long version;
    private RowForm loaded;

    static RowForm of(SheetRow row) {
        var form = new RowForm();
        form.value = row.value();
        form.justification = row.justification();
        form.strengths = row.strengths();
        form.improvements = row.improvements();
        form.version = row.version();
        form.loaded = new RowForm();
        form.loaded.value = row.value();
        form.loaded.justification = row.justification();
        form.loaded.strengths = row.strengths();
        form.loaded.improvements = row.improvements();
        return form;
    }

    /** Whether the member changed anything since the row was loaded (only changed rows are saved: a save voids sign-offs). */
    boolean changed() {
        return loaded == null || !java.util.Objects.equals(value, loaded.value)
                || !same(justification, loaded.justification) || !same(strengths, loaded.strengths)
                || !same(improvements, loaded.improvements);
    }

    private static boolean same(String a, String b) {
        return java.util.Objects.equals(blankAsNull(a), blankAsNull(b));
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text.replace("\r\n", "\n").strip();
    }

    public Integer getValue() { return value; }
    public void setValue(Integer value) { this.value = value; }
    public String getJustification() { return justification; }
    public void setJustification(String justification) { this.justification = justification; }
    public String getStrengths() { return strengths; }
    public void setStrengths(String strengths) { this.strengths = strengths; }
    public String getImprovements() { return improvements; }
    public void setImprovements(String improvements) { this.improvements = improvements; }
    public long getVersion() { return version; }
}
