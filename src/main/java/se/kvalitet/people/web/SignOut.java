package se.kvalitet.people.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/**
 * Signs out: ends the authentication and the session. Reached through a protected view, so another
 * site cannot sign a person out by linking here.
 */
@Named
@RequestScoped
public class SignOut {

    @Inject
    ExternalContext external;

    public void signOut() throws ServletException, IOException {
        var request = (HttpServletRequest) external.getRequest();
        request.logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/signin.xhtml?signedOut=true");
    }
}
