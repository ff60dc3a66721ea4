package se.kvalitet.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one way tests deploy: the WAR Maven just built (so tests see exactly what ships), plus the
 * test helpers and a role mapping that lets in-container tests act as each role.
 */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive application() {
        var war = ShrinkWrap.createFromZipFile(WebArchive.class,
                new File(System.getProperty("kvalitet.war", "target/kvalitet.war")));
        war.delete("/WEB-INF/payara-web.xml");
        war.addAsWebInfResource("it-payara-web.xml", "payara-web.xml");
        war.addPackage(Deployments.class.getPackage());
        return war;
    }
}
