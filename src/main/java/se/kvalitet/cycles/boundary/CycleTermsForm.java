package se.kvalitet.cycles.boundary;

import java.io.Serializable;
import se.kvalitet.cycles.entity.AwardCycle;
import se.kvalitet.platform.errors.RuleViolation;

/**
 * The application terms of a cycle as a form holds them: eligibility (fewest staff, share of city
 * residents for private units, quarantine after a win) and attachments (types, largest file, largest
 * total). Empty fields are refused by the boundary; the cycle checks the ranges.
 */
public class CycleTermsForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Integer minStaffCount;
    private Integer minResidentShare;
    private Integer quarantineYears;
    private String attachmentTypes;
    private Integer maxFileMb;
    private Integer maxTotalMb;

    public static CycleTermsForm of(AwardCycle cycle) {
        var f = new CycleTermsForm();
        f.minStaffCount = cycle.getMinStaffCount();
        f.minResidentShare = cycle.getMinResidentShare();
        f.quarantineYears = cycle.getQuarantineYears();
        f.attachmentTypes = cycle.getAttachmentTypes();
        f.maxFileMb = cycle.getMaxFileMb();
        f.maxTotalMb = cycle.getMaxTotalMb();
        return f;
    }

    /** Hands the terms to the cycle, which checks them. */
    void applyTo(AwardCycle cycle) {
        cycle.setApplicationTerms(required(minStaffCount), required(minResidentShare), required(quarantineYears),
                attachmentTypes, required(maxFileMb), required(maxTotalMb));
    }

    private static int required(Integer value) {
        if (value == null) {
            throw new RuleViolation("cycle.terms.required");
        }
        return value;
    }

    public boolean isPdfOnly() { return AwardCycle.PDF_ONLY.equals(attachmentTypes); }
    public Integer getMinStaffCount() { return minStaffCount; }
    public void setMinStaffCount(Integer minStaffCount) { this.minStaffCount = minStaffCount; }
    public Integer getMinResidentShare() { return minResidentShare; }
    public void setMinResidentShare(Integer minResidentShare) { this.minResidentShare = minResidentShare; }
    public Integer getQuarantineYears() { return quarantineYears; }
    public void setQuarantineYears(Integer quarantineYears) { this.quarantineYears = quarantineYears; }
    public String getAttachmentTypes() { return attachmentTypes; }
    public void setAttachmentTypes(String attachmentTypes) { this.attachmentTypes = attachmentTypes; }
    public Integer getMaxFileMb() { return maxFileMb; }
    public void setMaxFileMb(Integer maxFileMb) { this.maxFileMb = maxFileMb; }
    public Integer getMaxTotalMb() { return maxTotalMb; }
    public void setMaxTotalMb(Integer maxTotalMb) { this.maxTotalMb = maxTotalMb; }
}
