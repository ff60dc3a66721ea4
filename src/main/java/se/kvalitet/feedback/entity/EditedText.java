package se.kvalitet.feedback.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/**
 * One criterion's texts in the feedback report as the leader or an administrator edited them; a null part is the
 * consensus's own text, unedited.
 */
@Embeddable
public class EditedText implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "strengths")
    private String strengths;

    @Column(name = "improvements")
    private String improvements;

    protected EditedText() {
    }

    public EditedText(String strengths, String improvements) {
        this.strengths = strengths;
        this.improvements = improvements;
    }

    public boolean empty() {
        return strengths == null && improvements == null;
    }

    public String getStrengths() { return strengths; }
    public String getImprovements() { return improvements; }

    @Override
    public boolean equals(Object other) {
        return other instanceof EditedText that && Objects.equals(strengths, that.strengths)
                && Objects.equals(improvements, that.improvements);
    }

    @Override
    public int hashCode() {
        return Objects.hash(strengths, improvements);
    }
}
