package org.impuls.core.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.impuls.core.api.error.InvalidInputException;
import org.junit.jupiter.api.Test;

class LanguageParameterFilterTest {

    @Test
    void anUnsupportedLanguageIsRefusedNamingTheField() {
        InvalidInputException refusal = catchThrowableOfType(
                () -> LanguageParameterFilter.refuseUnsupported("fr"), InvalidInputException.class);

        assertThat(refusal.field()).contains("lang");
        assertThat(refusal.getMessage()).isEqualTo("lang must be de or en, was 'fr'");
    }

    @Test
    void theSupportedLanguagesAndNoneAtAllPass() {
        assertThatCode(() -> {
                    LanguageParameterFilter.refuseUnsupported("de");
                    LanguageParameterFilter.refuseUnsupported("EN");
                    LanguageParameterFilter.refuseUnsupported(null);
                })
                .doesNotThrowAnyException();
    }

    @Test
    void anEmptyLanguageIsRefused() {
        assertThat(catchThrowableOfType(
                        () -> LanguageParameterFilter.refuseUnsupported(""), InvalidInputException.class))
                .isNotNull();
    }
}
