package org.impuls.directory.business;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import org.impuls.core.api.money.VatTreatment;
import org.impuls.directory.api.BusinessDirectory.BusinessInfo;
import org.impuls.directory.api.BusinessKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What other modules read of a business: street, size, kind, the tax number and whether it charges VAT. */
class BusinessInfoTest {

    private static Business bakery() throws ReflectiveOperationException {
        Business business = new Business(
                "baeckerei-mueller",
                "Bäckerei Müller",
                BusinessKind.COMMERCIAL,
                "Marktstraße 12",
                "67655",
                "Kaiserslautern",
                Instant.parse("2026-11-30T09:00:00Z"));
        var id = Business.class.getDeclaredField("id"); // given by the database
        id.setAccessible(true);
        id.set(business, 7L);
        return business;
    }

    @Test
    void aSmallBusinessWithATaxNumberIsReadAsSuch() throws ReflectiveOperationException {
        Business business = bakery();
        business.declareSize(4, 1, "67655");
        BusinessForm form = BusinessForm.of(business);
        form.setOwnerName("Hans Müller");
        form.setTaxNumber(" 27/123/45678 ");
        form.setSmallBusiness(true);
        business.setLegal(form.legal());

        BusinessInfo info = DirectoryBusinesses.info(business);

        assertThat(info.kind()).isEqualTo(BusinessKind.COMMERCIAL);
        assertThat(info.street()).isEqualTo("Marktstraße 12");
        assertThat(info.employeeCount()).isEqualTo(4);
        assertThat(info.vatTreatment()).isEqualTo(VatTreatment.SMALL_BUSINESS);
        assertThat(info.legal().taxNumber()).isEqualTo("27/123/45678");
        assertThat(info.legal().ownerName()).isEqualTo("Hans Müller");
        assertThat(BusinessForm.of(business).isSmallBusiness())
                .as("the form shows it again")
                .isTrue();
    }

    @Test
    void aBusinessThatSaidNothingChargesVat() throws ReflectiveOperationException {
        BusinessInfo info = DirectoryBusinesses.info(bakery());

        assertThat(info.vatTreatment()).isEqualTo(VatTreatment.REGULAR);
        assertThat(info.legal().taxNumber()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"27/123/45678", "2722012345678", "27 123 45678", "027/123/45678", ""})
    void taxNumbersAsTaxOfficesWriteThemAreAccepted(String taxNumber) throws NoSuchFieldException {
        assertThat(taxNumber.matches(taxNumberPattern())).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"123/456", "27/123/4567-8", "DE123456789", "12345678901234", "27-123-45678"})
    void otherTaxNumbersAreRefused(String taxNumber) throws NoSuchFieldException {
        assertThat(taxNumber.matches(taxNumberPattern())).isFalse();
    }

    /** The form's constraint, as Bean Validation applies it (the whole text must match). */
    private static String taxNumberPattern() throws NoSuchFieldException {
        return BusinessForm.class
                .getDeclaredField("taxNumber")
                .getAnnotation(Pattern.class)
                .regexp();
    }
}
