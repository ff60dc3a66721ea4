package se.kvalitet.people.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import se.kvalitet.people.boundary.SignIns;
import se.kvalitet.platform.web.Messages;

/** The sign-in form. After signing in, the person continues where they were going (a local path only). */
@Named
@RequestScoped
public class SignIn {

    @NotBlank
    @Size(max = 254)
    private String email;

    @NotBlank
    @Size(max = 200)
    private String password;

    private String continueTo;

    @Inject
    SecurityContext security;

    @Inject
    SignIns signIns;

    @Inject
    se.kvalitet.platform.security.ClientAddresses addresses;

    @Inject
    FacesContext faces;

    @Inject
    ExternalContext external;

    public void submit() throws IOException {
        var request = (HttpServletRequest) external.getRequest();
        var response = (HttpServletResponse) external.getResponse();
        request.changeSessionId();
        AuthenticationStatus status = security.authenticate(request, response, AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(email, new Password(password))).newAuthentication(true));
        switch (status) {
            case SEND_CONTINUE -> faces.responseComplete();
            case SUCCESS -> {
                external.redirect(external.getRequestContextPath() + safeTarget(continueTo));
                faces.responseComplete();
            }
            default -> {
                Messages.error(signIns.isPaused(email, addresses.of(request)) ? "people.signin.paused" : "people.signin.failed");
                password = null;
            }
        }
    }

    /** Only paths inside the application: never an absolute or protocol-relative address (open redirect). */
    static String safeTarget(String requested) {
        if (requested == null || !requested.startsWith("/") || requested.startsWith("//") || requested.contains("\\")
                || requested.startsWith("/signin.xhtml") || requested.startsWith("/signout.xhtml")) {
            return "/index.xhtml";
        }
        return requested;
    }

    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getContinueTo() { return continueTo; }
    public void setContinueTo(String continueTo) { this.continueTo = continueTo; }
}
