package se.kvalitet.it.harness;

import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.container.LifecycleException;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.shrinkwrap.api.Archive;

/**
 * One Payara Micro for the whole integration-test run. Payara's own adapter starts a server for every
 * deployment, that is for every test class (25–35 s each); this one starts it for the first class, keeps it
 * running and hands every later class the same server, and stops it when the suite ends. Every class deploys
 * the same archive ({@code Deployments.application()}), which this checks, so a class can never run against
 * a server built for another one. Before the start the test database is rebuilt from the migrations.
 */
public class SharedPayaraMicro extends PayaraMicroDeployableContainer {

    private static final Pattern TEST_CLASS = Pattern.compile("/WEB-INF/classes/.*(IT|Test)(\\$[^/]*)?\\.class");
    private Archive<?> deployed;
    private Set<String> deployedPaths;
    private ProtocolMetaData running;

    @Override
    public ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
        if (running == null) {
            TestDatabase.rebuild();
            long started = System.nanoTime();
            running = super.deploy(archive);
            Timings.serverStarted((System.nanoTime() - started) / 1_000_000);
            deployed = archive;
            deployedPaths = paths(archive);
        } else if (!paths(archive).equals(deployedPaths)) {
            var missing = new TreeSet<>(paths(archive));
            missing.removeAll(deployedPaths);
            throw new DeploymentException("All integration tests share one server and one deployment "
                    + "(Deployments.application(), testable); this class's archive differs from the running one in "
                    + missing);
        }
        return running;
    }

    @Override
    public void undeploy(Archive<?> archive) {
        // the server stays up for the next test class; it stops with the suite
    }

    @Override
    public void stop() throws LifecycleException {
        if (deployed != null) {
            try {
                super.undeploy(deployed);
            } catch (DeploymentException e) {
                throw new LifecycleException("could not stop the shared Payara Micro", e);
            }
            deployed = null;
            running = null;
        }
        super.stop();
    }

    /**
     * What the archive holds, less what Arquillian adds for the class under test: the class itself (an in-container
     * class is in the shared archive anyway, through its package; a client-side one is never needed there) and its
     * folders.
     */
    private static Set<String> paths(Archive<?> archive) {
        var paths = new TreeSet<String>();
        archive.getContent().forEach((path, node) -> {
            String p = path.get();
            if (node.getAsset() != null && !TEST_CLASS.matcher(p).matches()) {
                paths.add(p);
            }
        });
        return paths;
    }
}
