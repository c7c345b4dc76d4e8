package org.impuls.core.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.impuls.core.api.error.ConflictException;
import org.impuls.core.api.error.ForbiddenException;
import org.impuls.core.api.error.InvalidInputException;
import org.impuls.core.api.error.LimitReachedException;
import org.impuls.core.api.error.NotFoundException;
import org.impuls.core.api.error.UnprocessableInputException;
import org.junit.jupiter.api.Test;

/** The problem document a client gets for each kind of refusal: status, title, the service's words, the fields. */
class DomainExceptionMapperTest {

    @Test
    void invalidInputNamesEachField() {
        Problem problem = DomainExceptionMapper.problemFor(new InvalidInputException(
                "check the variants",
                List.of(
                        new InvalidInputException.FieldError("variants[0].sku", "the SKU K-1 appears twice"),
                        new InvalidInputException.FieldError(
                                "variants[1].salePriceCents", "a sale price must be below the regular price"))));

        assertThat(problem)
                .isEqualTo(new Problem(
                        "about:blank",
                        "Bad Request",
                        400,
                        "check the variants",
                        List.of(
                                new Problem.FieldError("variants[0].sku", "the SKU K-1 appears twice"),
                                new Problem.FieldError(
                                        "variants[1].salePriceCents",
                                        "a sale price must be below the regular price"))));
    }

    @Test
    void unprocessableInputIs422WithItsField() {
        Problem problem = DomainExceptionMapper.problemFor(
                new UnprocessableInputException("kind", "kind: only operators change it"));

        assertThat(problem)
                .isEqualTo(new Problem(
                        "about:blank",
                        "Unprocessable Content",
                        422,
                        "kind: only operators change it",
                        List.of(new Problem.FieldError("kind", "kind: only operators change it"))));
    }

    @Test
    void theOtherKindsKeepTheServicesWordsAndNameNoField() {
        assertThat(DomainExceptionMapper.problemFor(new NotFoundException("There is no application 4.")))
                .isEqualTo(new Problem("about:blank", "Not Found", 404, "There is no application 4.", List.of()));
        assertThat(DomainExceptionMapper.problemFor(new ForbiddenException("you are not staff of business 4")))
                .isEqualTo(new Problem("about:blank", "Forbidden", 403, "you are not staff of business 4", List.of()));
        assertThat(DomainExceptionMapper.problemFor(
                        new ConflictException("Application 4 is already decided (APPROVED).")))
                .isEqualTo(new Problem(
                        "about:blank", "Conflict", 409, "Application 4 is already decided (APPROVED).", List.of()));
        assertThat(DomainExceptionMapper.problemFor(new LimitReachedException("at most 10 invitations a day")))
                .isEqualTo(new Problem(
                        "about:blank", "Too Many Requests", 429, "at most 10 invitations a day", List.of()));
    }
}
