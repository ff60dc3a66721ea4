package se.kvalitet.it.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The administrator's proposal page, as an administrator uses it. */
public final class AssignmentProposalPage {

    private final Browser browser;

    public AssignmentProposalPage(Browser browser) {
        this.browser = browser;
    }

    public AssignmentProposalPage open(long cycleId, long categoryId) {
        browser.open("/assignments/proposal.xhtml?cycle=" + cycleId + "&category=" + categoryId);
        return this;
    }

    public void propose() {
        click("proposal:propose");
    }

    public int teamCount() {
        return browser.driver().findElements(By.cssSelector("table.proposal-table > tbody > tr")).size();
    }

    /** The examiner dropdown's option texts in a team row. */
    public List<String> examinerOptions(int row) {
        return examiners(row).getOptions().stream().map(WebElement::getText).toList();
    }

    /** The member dropdown's option texts in a team row (the first is the prompt, then the leader, then the rest). */
    public List<String> memberOptions(int row) {
        return members(row).getOptions().stream().map(WebElement::getText).toList();
    }

    public void replace(int row, int memberOption, String examinerOption) {
        members(row).selectByIndex(memberOption);
        examiners(row).selectByVisibleText(examinerOption);
        click("proposal:teams:" + row + ":replace");
    }

    public void commit() {
        click("proposal:commit");
    }

    public String messages() {
        return browser.driver().findElement(By.cssSelector(".messages")).getText();
    }

    private Select members(int row) {
        return new Select(browser.driver().findElement(By.id("proposal:teams:" + row + ":member")));
    }

    private Select examiners(int row) {
        return new Select(browser.driver().findElement(By.id("proposal:teams:" + row + ":examiner")));
    }

    private void click(String id) {
        browser.driver().findElement(By.id(id)).click();
        browser.waitForPage();
    }
}
