package se.kvalitet.winners.web;

import se.kvalitet.platform.web.Responses;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import org.omnifaces.util.Faces;
import se.kvalitet.platform.errors.RuleViolation;
import se.kvalitet.platform.web.Ids;
import se.kvalitet.platform.web.LocaleSelector;
import se.kvalitet.platform.web.Messages;
import se.kvalitet.winners.boundary.Winners;
import se.kvalitet.winners.boundary.WinnersYear;

/**
 * /winners/year.xhtml?year=…: an announced year's winners, open to everyone (bookmarkable, request scoped);
 * without a year the newest announced one. /winners/diploma.xhtml?application=…: the diploma PDF for whoever may
 * have it. Anything else is "not found".
 */
@Named("winnersPage")
@RequestScoped
public class WinnersPage {

    @Inject
    Winners winners;

    @Inject
    LocaleSelector locale;

    private String yearParam;
    private String applicationParam;
    private WinnersYear year;
    private List<Integer> years;

    public void load() throws IOException {
        years = winners.years();
        Long chosen = Ids.parse(yearParam);
        Integer wanted = chosen != null ? Integer.valueOf(chosen.intValue()) : years.isEmpty() ? null : years.get(0);
        if (wanted == null) {
            return; // nothing announced yet: the page says so
        }
        try {
            year = winners.year(wanted);
        } catch (RuleViolation notAnnounced) {
            notFound();
        }
    }

    public void sendDiploma() throws IOException {
        Long id = Ids.parse(applicationParam);
        byte[] pdf;
        try {
            pdf = id == null ? null : winners.diploma(id, locale.getLanguage());
        } catch (RuleViolation notTheirs) {
            pdf = null;
        }
        if (pdf == null) {
            notFound();
            return;
        }
        Faces.sendFile(pdf, "diplom-" + id + ".pdf", true);
    }

    private static void notFound() throws IOException {
        Responses.notFound(Messages.text("winners.year.notFound", ""));
    }

    public String getYearParam() { return yearParam; }
    public void setYearParam(String yearParam) { this.yearParam = yearParam; }
    public String getApplicationParam() { return applicationParam; }
    public void setApplicationParam(String applicationParam) { this.applicationParam = applicationParam; }
    public WinnersYear getYear() { return year; }
    public List<Integer> getYears() { return years; }
}
