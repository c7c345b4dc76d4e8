package org.impuls.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.HttpMethod;
import java.util.List;

/**
 * Every REST endpoint says who may call it, so that a forgotten annotation never means "anyone".
 * A resource method declares {@code @RolesAllowed}, {@code @PermitAll} or {@code @DenyAll}, itself
 * or on its class. Each module's rules test runs it through {@link ModuleBoundaryRules}.
 */
final class ResourceAccessRules {

    private static final List<Class<? extends java.lang.annotation.Annotation>> ACCESS =
            List.of(RolesAllowed.class, PermitAll.class, DenyAll.class);

    private ResourceAccessRules() {
    }

    static void check(String rootPackage) {
        methods().that(areEndpoints())
                .should(declareWhoMayCall())
                .because("an endpoint without an access annotation would be open to anyone")
                .allowEmptyShould(true) // a module may have no REST resources
                .check(new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages(rootPackage));
    }

    private static DescribedPredicate<JavaMethod> areEndpoints() {
        return DescribedPredicate.describe("are JAX-RS resource methods (@GET, @POST, …)",
                method -> method.getAnnotations().stream().anyMatch(ResourceAccessRules::isHttpMethod));
    }

    private static boolean isHttpMethod(JavaAnnotation<?> annotation) {
        return annotation.getRawType().isAnnotatedWith(HttpMethod.class);
    }

    private static ArchCondition<JavaMethod> declareWhoMayCall() {
        return new ArchCondition<>("declare @RolesAllowed, @PermitAll or @DenyAll (on the method or its class)") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                boolean declared = ACCESS.stream().anyMatch(access ->
                        method.isAnnotatedWith(access) || method.getOwner().isAnnotatedWith(access));
                if (!declared) {
                    events.add(SimpleConditionEvent.violated(method,
                            method.getFullName() + " says nobody who may call it"));
                }
            }
        };
    }
}
