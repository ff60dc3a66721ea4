package se.kvalitet.examples.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * The stable address of a good example, {@code /exempel/<id>-<slug>}: the id finds the record, the slug is for
 * people reading the link (fixed when the record was prepared, so old links keep working after a title change;
 * a link with another slug still finds the record by its id). Redirects to the record page.
 */
@WebServlet("/exempel/*")
public class StableAddress extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final Pattern ADDRESS = Pattern.compile("^/(\\d{1,18})(?:-[A-Za-z0-9-]*)?/?$");

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var matcher = ADDRESS.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!matcher.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.sendRedirect(request.getContextPath() + "/examples/record.xhtml?id=" + matcher.group(1));
    }
}
