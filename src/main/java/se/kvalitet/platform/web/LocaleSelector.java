package se.kvalitet.platform.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * The interface language of this session: Swedish first, English on request. Holds only a locale,
 * so the session stays small and serializable (two nodes can share it).
 */
@Named
@SessionScoped
public class LocaleSelector implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final Locale SWEDISH = Locale.forLanguageTag("sv");
    public static final List<String> SUPPORTED = List.of("sv", "en");

    private String language = "sv";

    public Locale getLocale() {
        return Locale.forLanguageTag(language);
    }

    public String getLanguage() {
        return language;
    }

    /** The other language, offered by the switch in the header. */
    public String getOtherLanguage() {
        return "sv".equals(language) ? "en" : "sv";
    }

    public void use(String requested) {
        if (SUPPORTED.contains(requested)) {
            language = requested;
            FacesContext.getCurrentInstance().getViewRoot().setLocale(getLocale());
        }
    }

    /** Switches language and reloads the same page (Post-Redirect-Get). */
    public String switchLanguage() {
        use(getOtherLanguage());
        return FacesContext.getCurrentInstance().getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }
}
