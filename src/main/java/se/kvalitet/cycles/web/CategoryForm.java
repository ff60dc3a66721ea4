package se.kvalitet.cycles.web;

import java.io.Serializable;

/** What the page's forms for one category hold between requests: a new class, a renaming, the prize money. */
public class CategoryForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String newClassName;
    private Long renameClassId;
    private String renameTo;
    private Integer prizeAmount;

    public String getNewClassName() { return newClassName; }
    public void setNewClassName(String newClassName) { this.newClassName = newClassName; }
    public Long getRenameClassId() { return renameClassId; }
    public void setRenameClassId(Long renameClassId) { this.renameClassId = renameClassId; }
    public String getRenameTo() { return renameTo; }
    public void setRenameTo(String renameTo) { this.renameTo = renameTo; }
    public Integer getPrizeAmount() { return prizeAmount; }
    public void setPrizeAmount(Integer prizeAmount) { this.prizeAmount = prizeAmount; }
}
