package org.impuls.core.api.error;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.el.ELException;
import jakarta.faces.FacesException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each kind of refusal answers with its own status, and is found however deeply JSF and EL wrap it. */
class RefusalStatusTest {

    @Test
    void eachKindHasItsStatus() {
        assertThat(RefusalStatus.of(new InvalidInputException("email", "this is not an e-mail address")))
                .isEqualTo(400);
        assertThat(RefusalStatus.of(new InvalidInputException("two fields", List.of())))
                .isEqualTo(400);
        assertThat(RefusalStatus.of(new UnprocessableInputException("file", "too many pixels")))
                .isEqualTo(422);
        assertThat(RefusalStatus.of(new ForbiddenException("you are not staff of business 7")))
                .isEqualTo(403);
        assertThat(RefusalStatus.of(new NotFoundException("There is no product 9.")))
                .isEqualTo(404);
        assertThat(RefusalStatus.of(new ConflictException("Application 3 is already decided (APPROVED).")))
                .isEqualTo(409);
        assertThat(RefusalStatus.of(new LimitReachedException("at most 10 invitations a day")))
                .isEqualTo(429);
    }

    @Test
    void aModulesOwnConflictIsAConflict() {
        class ImportRunning extends ConflictException {
            ImportRunning() {
                super("Another import is running.");
            }
        }
        assertThat(RefusalStatus.of(new ImportRunning())).isEqualTo(409);
    }

    @Test
    void findsTheRefusalBehindWhatFacesWrapsItIn() {
        NotFoundException gone = new NotFoundException("There is no business 5.");

        assertThat(RefusalStatus.among(new FacesException(new ELException(gone))))
                .containsSame(gone);
        assertThat(RefusalStatus.among(gone)).containsSame(gone);
    }

    @Test
    void findsNoneInAnOrdinaryFailureEvenWithACycleOfCauses() {
        RuntimeException first = new RuntimeException("first");
        IllegalStateException second = new IllegalStateException("second", first);
        first.initCause(second);

        assertThat(RefusalStatus.among(new FacesException(first))).isEmpty();
        assertThat(RefusalStatus.among(null)).isEmpty();
    }
}
