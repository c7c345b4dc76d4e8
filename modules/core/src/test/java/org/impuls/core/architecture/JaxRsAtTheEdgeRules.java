package org.impuls.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.ext.Provider;

/**
 * JAX-RS stays at the edge: only resources ({@code @Path}), providers ({@code @Provider}, exception mappers,
 * request and response filters), the {@link Application} and the core's REST package (problem documents for the
 * mappers) may use {@code jakarta.ws.rs}. Services refuse with {@code org.impuls.core.api.error}, because webhooks,
 * scheduled work and page actions call them outside any REST request. Run by {@link ModuleBoundaryRules}.
 */
final class JaxRsAtTheEdgeRules {

    /** The REST plumbing of the core: the application, its mappers and the problem document they answer with. */
    private static final String CORE_REST = "org.impuls.core.rest";

    private JaxRsAtTheEdgeRules() {}

    static ArchRule rule() {
        return noClasses()
                .that(areInside())
                .should()
                .dependOnClassesThat()
                .resideInAPackage("jakarta.ws.rs..")
                .because("services refuse with org.impuls.core.api.error (mapped once for REST and for pages);"
                        + " jakarta.ws.rs belongs in resources, mappers, filters and the JAX-RS application")
                .allowEmptyShould(true);
    }

    private static DescribedPredicate<JavaClass> areInside() {
        return DescribedPredicate.describe(
                "are no JAX-RS resource, provider, filter or application", type -> !isEdge(outermost(type)));
    }

    /** A nested class or lambda belongs to the class it is written in: a resource's request body, say. */
    private static JavaClass outermost(JavaClass type) {
        JavaClass outer = type;
        while (outer.getEnclosingClass().isPresent()) {
            outer = outer.getEnclosingClass().get();
        }
        return outer;
    }

    private static boolean isEdge(JavaClass type) {
        return type.isAnnotatedWith(Path.class)
                || declaresResourceMethods(type)
                || type.isAnnotatedWith(Provider.class)
                || type.isAnnotatedWith(ApplicationPath.class)
                || type.isAssignableTo(Application.class)
                || type.getAllRawInterfaces().stream().anyMatch(JaxRsAtTheEdgeRules::isProviderInterface)
                || type.getPackageName().equals(CORE_REST);
    }

    /** A resource's base class (e.g. the core's shared category tree resource): its methods answer GET, PUT, … */
    private static boolean declaresResourceMethods(JavaClass type) {
        return type.getMethods().stream()
                .anyMatch(method -> method.getAnnotations().stream()
                        .anyMatch(annotation -> annotation.getRawType().isAnnotatedWith(HttpMethod.class)));
    }

    /** Exception mappers, body readers and writers, param converters (ext); request and response filters (container). */
    private static boolean isProviderInterface(JavaClass contract) {
        return contract.getPackageName().equals("jakarta.ws.rs.ext")
                || contract.getPackageName().equals("jakarta.ws.rs.container");
    }
}
