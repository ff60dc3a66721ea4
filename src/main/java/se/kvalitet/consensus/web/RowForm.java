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

    static RowForm of(SheetRow row) {
        var form = new RowForm();
        form.value = row.value();
        form.justification = row.justification();
        form.strengths = row.strengths();
        form.improvements = row.improvements();
        form.version = row.version();
        return form;
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
