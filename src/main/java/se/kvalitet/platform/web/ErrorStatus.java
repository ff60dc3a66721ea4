package se.kvalitet.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/** Gives an error page reached through an exception the HTTP status that matches it (e.g. 403, not 500). */
@Named
@RequestScoped
public class ErrorStatus {

    public void set(int status) {
        FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(status);
    }
}
