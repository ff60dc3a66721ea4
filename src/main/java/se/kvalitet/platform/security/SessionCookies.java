package se.kvalitet.platform.security;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

/** Marks the session cookie Secure when the deployment runs behind HTTPS (configuration, not a rebuild). */
@WebListener
public class SessionCookies implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        boolean secure = ConfigProvider.getConfig().getOptionalValue("kvalitet.secure-cookies", Boolean.class).orElse(false);
        var cookie = event.getServletContext().getSessionCookieConfig();
        cookie.setSecure(secure);
        cookie.setHttpOnly(true);
        cookie.setName(secure ? "__Host-KVALITET" : "KVALITET");
    }
}
