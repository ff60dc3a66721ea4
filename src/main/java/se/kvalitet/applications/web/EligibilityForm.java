package se.kvalitet.applications.web;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.kvalitet.applications.boundary.EligibilityDraft;

/**
 * The eligibility answers as the page edits them. The yes/no questions are kept as "true", "false" or
 * empty (not answered) by question name, so one repeat renders them all; the numbers stay numbers.
 */
public class EligibilityForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The yes/no questions, in the order the form asks them (also their bundle keys). */
    public static final List<String> YES_NO = List.of("managerResponsibility", "businessPlan", "reportedToBoard",
            "budgetBalanced");

    private final Map<String, String> yesNo = new LinkedHashMap<>();
    private Integer staffCount;
    private Integer cityResidentShare;
    private Integer previousWinYear;

    static EligibilityForm of(EligibilityDraft draft) {
        var form = new EligibilityForm();
        var d = draft == null ? EligibilityDraft.empty() : draft;
        form.yesNo.put("managerResponsibility", text(d.managerResponsibility()));
        form.yesNo.put("businessPlan", text(d.businessPlan()));
        form.yesNo.put("reportedToBoard", text(d.reportedToBoard()));
        form.yesNo.put("budgetBalanced", text(d.budgetBalanced()));
        form.staffCount = d.staffCount();
        form.cityResidentShare = d.cityResidentShare();
        form.previousWinYear = d.previousWinYear();
        return form;
    }

    EligibilityDraft toDraft() {
        return new EligibilityDraft(answer("managerResponsibility"), answer("businessPlan"), staffCount, cityResidentShare,
                answer("reportedToBoard"), previousWinYear, answer("budgetBalanced"));
    }

    private Boolean answer(String question) {
        String value = yesNo.get(question);
        return value == null || value.isBlank() ? null : Boolean.valueOf(value);
    }

    private static String text(Boolean value) {
        return value == null ? "" : value.toString();
    }

    public Map<String, String> getYesNo() { return yesNo; }
    public Integer getStaffCount() { return staffCount; }
    public void setStaffCount(Integer staffCount) { this.staffCount = staffCount; }
    public Integer getCityResidentShare() { return cityResidentShare; }
    public void setCityResidentShare(Integer cityResidentShare) { this.cityResidentShare = cityResidentShare; }
    public Integer getPreviousWinYear() { return previousWinYear; }
    public void setPreviousWinYear(Integer previousWinYear) { this.previousWinYear = previousWinYear; }
}
