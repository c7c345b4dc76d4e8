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
 * A resource method declares {@code @RolesAllowed} or {@code @DenyAll}, or its class declares one of
 * them or {@code @PermitAll}. A method-level {@code @PermitAll} is refused: Payara 6 then asks an anonymous
 * caller to log in. Each module's rules test runs it through {@link ModuleBoundaryRules}.
 */
final class ResourceAccessRules {

    private static final List<Class<? extends java.lang.annotation.Annotation>> ACCESS =
            List.of(RolesAllowed.class, PermitAll.class, DenyAll.class);

    private ResourceAccessRules() {}

    static void check(String rootPackage) {
        methods()
                .that(areEndpoints())
                .should(declareWhoMayCall())
                .because("an endpoint without an access annotation would be open to anyone")
                .allowEmptyShould(true) // a module may have no REST resources
                .check(new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages(rootPackage));
    }

    private static DescribedPredicate<JavaMethod> areEndpoints() {
        return DescribedPredicate.describe(
                "are JAX-RS resource methods (@GET, @POST, …)",
                method -> method.getAnnotations().stream().anyMatch(ResourceAccessRules::isHttpMethod));
    }

    private static boolean isHttpMethod(JavaAnnotation<?> annotation) {
        return annotation.getRawType().isAnnotatedWith(HttpMethod.class);
    }

    private static ArchCondition<JavaMethod> declareWhoMayCall() {
        return new ArchCondition<>(
                "declare @RolesAllowed or @DenyAll, or sit in a class that declares who may call it") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                if (method.isAnnotatedWith(PermitAll.class)) {
                    // Payara 6 asks an anonymous caller to authenticate (401) for a method-level @PermitAll
                    events.add(
                            SimpleConditionEvent.violated(
                                    method,
                                    method.getFullName()
                                            + " declares @PermitAll on the method, which Payara answers with 401 for anonymous callers:"
                                            + " put @PermitAll on the class and @RolesAllowed on the methods that need a role"));
                    return;
                }
                boolean declared = method.isAnnotatedWith(RolesAllowed.class)
                        || method.isAnnotatedWith(DenyAll.class)
                        || ACCESS.stream().anyMatch(access -> method.getOwner().isAnnotatedWith(access));
                if (!declared) {
                    events.add(SimpleConditionEvent.violated(
                            method, method.getFullName() + " says nobody who may call it"));
                }
            }
        };
    }
}
