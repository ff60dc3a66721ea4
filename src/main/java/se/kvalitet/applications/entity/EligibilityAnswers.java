package se.kvalitet.applications.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/**
 * The unit's answers to the cycle's eligibility questions; null means not answered yet. Staff count is
 * 0–100 000, the share of city residents 0–100 %, a previous win year 2000–2100. Whether the answers make
 * the unit eligible is decided by {@code Eligibility} against the cycle's settings.
 */
@Embeddable
public class EligibilityAnswers implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "manager_responsibility")
    private Boolean managerResponsibility;
    @Column(name = "business_plan")
    private Boolean businessPlan;
    @Column(name = "staff_count")
    private Integer staffCount;
    @Column(name = "city_resident_share")
    private Integer cityResidentShare;
    @Column(name = "reported_to_board")
    private Boolean reportedToBoard;
    @Column(name = "previous_win_year")
    private Integer previousWinYear;
    @Column(name = "budget_balanced")
    private Boolean budgetBalanced;

    public EligibilityAnswers() {
    }

    public EligibilityAnswers(Boolean managerResponsibility, Boolean businessPlan, Integer staffCount,
                              Integer cityResidentShare, Boolean reportedToBoard, Integer previousWinYear,
                              Boolean budgetBalanced) {
        this.managerResponsibility = managerResponsibility;
        this.businessPlan = businessPlan;
        this.staffCount = staffCount;
        this.cityResidentShare = cityResidentShare;
        this.reportedToBoard = reportedToBoard;
        this.previousWinYear = previousWinYear;
        this.budgetBalanced = budgetBalanced;
    }

    /** Refuses numbers out of range (they are typing errors, not answers). */
    public void requireValid() {
        if (staffCount != null && (staffCount < 0 || staffCount > 100_000)) {
            throw new ApplicationRuleException("applications.eligibility.staffCount.range", 0, 100_000);
        }
        if (cityResidentShare != null && (cityResidentShare < 0 || cityResidentShare > 100)) {
            throw new ApplicationRuleException("applications.eligibility.residentShare.range", 0, 100);
        }
        if (previousWinYear != null && (previousWinYear < 2000 || previousWinYear > 2100)) {
            throw new ApplicationRuleException("applications.eligibility.previousWinYear.range", 2000, 2100);
        }
    }

    public Boolean getManagerResponsibility() { return managerResponsibility; }
    public Boolean getBusinessPlan() { return businessPlan; }
    public Integer getStaffCount() { return staffCount; }
    public Integer getCityResidentShare() { return cityResidentShare; }
    public Boolean getReportedToBoard() { return reportedToBoard; }
    public Integer getPreviousWinYear() { return previousWinYear; }
    public Boolean getBudgetBalanced() { return budgetBalanced; }

    @Override
    public boolean equals(Object o) {
        return o instanceof EligibilityAnswers e && Objects.equals(managerResponsibility, e.managerResponsibility)
                && Objects.equals(businessPlan, e.businessPlan) && Objects.equals(staffCount, e.staffCount)
                && Objects.equals(cityResidentShare, e.cityResidentShare) && Objects.equals(reportedToBoard, e.reportedToBoard)
                && Objects.equals(previousWinYear, e.previousWinYear) && Objects.equals(budgetBalanced, e.budgetBalanced);
    }

    @Override
    public int hashCode() {
        return Objects.hash(managerResponsibility, businessPlan, staffCount, cityResidentShare, reportedToBoard,
                previousWinYear, budgetBalanced);
    }
}
