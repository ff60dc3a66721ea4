package se.kvalitet;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dependency rules of docs/architecture.md, checked on the compiled classes:
 * inside a component web → boundary → control → entity; another component only through its boundary;
 * platform depends on no component; no Jakarta Faces outside web packages and platform.web.
 */
class ArchitectureTest {

    static final String ROOT = "se.kvalitet";
    static final List<String> LAYERS = List.of("web", "boundary", "control", "entity");
    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);
    }

    /** component name of a class, e.g. "cycles" for se.kvalitet.cycles.boundary.Cycles; null outside components. */
    static String component(JavaClass c) {
        String pkg = c.getPackageName();
        if (!pkg.startsWith(ROOT + ".")) {
            return null;
        }
        String rest = pkg.substring(ROOT.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    /** layer of a class inside its component (web, boundary, control, entity), or null. */
    static String layer(JavaClass c) {
        String pkg = c.getPackageName();
        String comp = component(c);
        if (comp == null) {
            return null;
        }
        String rest = pkg.substring((ROOT + "." + comp).length());
        if (rest.isEmpty()) {
            return null;
        }
        String first = rest.substring(1).split("\\.")[0];
        return LAYERS.contains(first) ? first : null;
    }

    @Test
    void layersOnlyDependDownwardsWithinAComponent() {
        classes.forEach(origin -> origin.getDirectDependenciesFromSelf().forEach(dependency -> {
            JavaClass target = dependency.getTargetClass();
            if (!sameComponent(origin, target) || "platform".equals(component(origin))) {
                return;
            }
            String from = layer(origin);
            String to = layer(target);
            if (from != null && to != null && LAYERS.indexOf(to) < LAYERS.indexOf(from)) {
                throw new AssertionError("Upward dependency: " + dependency.getDescription());
            }
        }));
    }

    @Test
    void otherComponentsAreReachedOnlyThroughTheirBoundary() {
        // The demo loader builds a whole city across every component; it is a fixture, not a business component.
        List<String> violations = new java.util.ArrayList<>();
        classes.forEach(origin -> origin.getDirectDependenciesFromSelf().forEach(dependency -> {
            JavaClass target = dependency.getTargetClass();
            String targetComponent = component(target);
            if (targetComponent == null || sameComponent(origin, target) || "platform".equals(targetComponent)
                    || component(origin) == null || "demo".equals(component(origin))) {
                return;
            }
            if (!"boundary".equals(layer(target))) {
                violations.add(dependency.getDescription());
            }
        }));
        org.junit.jupiter.api.Assertions.assertEquals(List.of(), violations);
    }

    @Test
    void platformDependsOnNoComponent() {
        noClasses().that().resideInAPackage(ROOT + ".platform..")
                .should(new ArchCondition<>("depend on a business component") {
                    @Override
                    public void check(JavaClass item, ConditionEvents events) {
                        item.getDirectDependenciesFromSelf().forEach(d -> {
                            String c = component(d.getTargetClass());
                            if (c != null && !"platform".equals(c)) {
                                events.add(SimpleConditionEvent.satisfied(d, d.getDescription()));
                            }
                        });
                    }
                })
                .check(classes);
    }

    @Test
    void facesOnlyInWebPackages() {
        noClasses().that(new DescribedPredicate<JavaClass>("are outside web packages and platform.web") {
                    @Override
                    public boolean test(JavaClass c) {
                        return !"web".equals(layer(c)) && !c.getPackageName().startsWith(ROOT + ".platform.web");
                    }
                })
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.faces..", "org.primefaces..", "org.omnifaces..")
                .check(classes);
    }

    @Test
    void entitiesDoNotDependOnBoundariesOrWeb() {
        noClasses().that().resideInAPackage(ROOT + "..entity..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + "..boundary..", ROOT + "..web..", "jakarta.ejb..")
                .check(classes);
    }

    /**
     * No privileged run-as readers (issue 12): a bean running as another role sees what its caller may not, and the
     * owner's row rules no longer apply. Only the demo loader, a fixture that builds a city as its administrator,
     * may run as someone.
     */
    @Test
    void onlyTheDemoLoaderRunsAsAnotherRole() {
        noClasses().that().resideOutsideOfPackage(ROOT + ".demo..")
                .should().beAnnotatedWith(jakarta.annotation.security.RunAs.class)
                .check(classes);
    }

    private static boolean sameComponent(JavaClass a, JavaClass b) {
        String ca = component(a);
        return ca != null && ca.equals(component(b));
    }
}
