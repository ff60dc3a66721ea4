/**
 * Individual assessment: each examiner on an application's team scores every criterion on the model's scale
 * alone, with a justification, strengths, areas for improvement and questions for a site visit, then submits.
 * <p>
 * Key rules: blindness is enforced here on the server ({@code control.Visibility}): until an examiner has
 * submitted their own assessment, nothing of a teammate's reaches them by any route. A submitted assessment is
 * read-only; the team leader's opening of consensus locks every assessment of the application, which stays on
 * record. Scores off the scale are refused, and submission needs a score and a justification per criterion.
 * Team membership is read from the assignments component's tables (see {@code boundary.TeamRoster}).
 */
package se.kvalitet.scoring;
