package org.impuls.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The package rules every module and plugin follows; each one's test extends this class and names
 * its module ({@code shop} for {@code org.impuls.shop}). Shipped in the core's test jar.
 */
public abstract class ModuleBoundaryRules {

    private static final String ANY_API = "org\\.impuls\\.[a-z0-9]+\\.api(\\..*)?";

    /** The module's id, the package segment after {@code org.impuls}. */
    protected abstract String module();

    private String root() {
        return "org.impuls." + module();
    }

    private JavaClasses moduleClasses() {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(root());
    }

    @Test
    void usesOtherModulesOnlyThroughTheirApi() {
        DescribedPredicate<JavaClass> internalsOfOtherModules = DescribedPredicate.describe(
                "internals of another module",
                type -> type.getPackageName().startsWith("org.impuls.")
                        && !inModule(type)
                        && !type.getPackageName().matches(ANY_API));
        noClasses()
                .that()
                .resideInAPackage(root() + "..")
                .should()
                .dependOnClassesThat(internalsOfOtherModules)
                .because("modules talk to each other only through their published api package or CDI events")
                .check(moduleClasses());
    }

    @Test
    void apiStandsOnItsOwn() {
        DescribedPredicate<JavaClass> ownInternals = DescribedPredicate.describe(
                "internals of its own module",
                type -> inModule(type) && !type.getPackageName().startsWith(root() + ".api"));
        noClasses()
                .that()
                .resideInAPackage(root() + ".api..")
                .should()
                .dependOnClassesThat(ownInternals)
                .because("the api package is what others compile against")
                .allowEmptyShould(true)
                .check(moduleClasses());
    }

    @Test
    void featurePackagesHaveNoCycles() {
        SlicesRuleDefinition.slices()
                .matching(root() + ".(*)..")
                .should()
                .beFreeOfCycles()
                .allowEmptyShould(true) // a small plugin may have no feature packages at all
                .check(moduleClasses());
    }

    /** Where a page, service or resource is, by the area or layer it belongs to rather than by its feature. */
    private static final String[] LAYER_PACKAGES = {
        "backoffice",
        "storefront",
        "admin",
        "pages",
        "beans",
        "service",
        "services",
        "resources",
        "controller",
        "entity",
        "entities",
        "model",
        "dto",
        "repository"
    };

    @Test
    void packagesAreFeaturesNotLayers() {
        String[] layers = Arrays.stream(LAYER_PACKAGES)
                .map(layer -> root() + "." + layer + "..")
                .toArray(String[]::new);
        noClasses()
                .should()
                .resideInAnyPackage(layers)
                .because("a feature package holds its pages, services and resources together (src/docs/conventions.md)")
                .check(moduleClasses());
    }

    @Test
    void jaxRsStaysInResourcesMappersAndFilters() {
        JaxRsAtTheEdgeRules.rule().check(moduleClasses());
    }

    @Test
    void everyEndpointSaysWhoMayCallIt() {
        ResourceAccessRules.check(root());
    }

    private boolean inModule(JavaClass type) {
        return type.getPackageName().equals(root()) || type.getPackageName().startsWith(root() + ".");
    }
}
