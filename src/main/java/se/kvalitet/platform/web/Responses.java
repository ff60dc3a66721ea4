package se.kvalitet.platform.web;

import jakarta.faces.context.FacesContext;
import java.io.IOException;

/**
 * What a page answers when its record is out of the caller's reach: HTTP 404 with the error page, the same answer
 * for a record that does not exist and one that belongs to somebody else (ids reveal nothing), exactly as the REST
 * routes answer. One place, so every record page answers alike.
 */
public final class Responses {

    private Responses() {
    }

    /** 404 with the error page's own text. */
    public static void notFound() throws IOException {
        notFound("");
    }

    /** 404 with {@code message} (already localized) on the error page. */
    public static void notFound(String message) throws IOException {
        var context = FacesContext.getCurrentInstance();
        context.getExternalContext().responseSendError(404, message);
        context.responseComplete();
    }
}
