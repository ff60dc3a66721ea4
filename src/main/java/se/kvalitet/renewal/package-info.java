/**
 * The renewal prize (Förnyelsepriset): no examiner teams, each jury member scores each entry directly on the
 * prize's criteria and scale, with a short justification per criterion, then submits; the entries are ranked
 * within their competition class by the mean of the submitted totals; the administrator sets the prize money.
 * <p>
 * Key rules: a juror reads and scores an entry only after confirming having no conflict with it, and never while a
 * conflict blocks (then they are recused, and a score given earlier no longer counts). Blindness is enforced here on
 * the server ({@code control.Blindness}): until a juror has submitted their own scoring of an entry, nothing of
 * another juror's (scores, totals, means, rank) reaches them by any route. A submitted scoring is read-only. The
 * entries and the jury are read from the applications' and people's tables (see {@code boundary.JuryRoster}); the
 * prize money is the cycles component's.
 */
package se.kvalitet.renewal;
