package org.impuls.core.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/** The rule that keeps JAX-RS at the edge fails on a service using it, and only there (classes in {@code fixture}). */
class JaxRsAtTheEdgeRulesTest {

    private final EvaluationResult result = JaxRsAtTheEdgeRules.rule()
            .evaluate(new ClassFileImporter().importPackages("org.impuls.core.architecture.fixture"));

    @Test
    void failsOnAServiceThatRefusesWithJaxRs() {
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .isNotEmpty()
                .allMatch(line -> line.contains("fixture.RefusingService"), "names only RefusingService");
    }

    @Test
    void letsResourcesTheirNestedClassesAndMappersUseJaxRs() {
        assertThat(String.join("\n", result.getFailureReport().getDetails()))
                .doesNotContain("ThingResource", "ThingMapper", "FamilyService");
    }
}
