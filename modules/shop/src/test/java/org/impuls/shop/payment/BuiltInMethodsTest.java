package org.impuls.shop.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.impuls.shop.api.payment.NextAction;
import org.impuls.shop.api.payment.SellerPart;
import org.junit.jupiter.api.Test;

/** Pay at pick-up only when all is fetched; bank transfer only when every merchant has an account, and where to pay. */
class BuiltInMethodsTest {

    final Map<Long, PaymentSettingsForm> accounts = new HashMap<>();
    final BankTransfer transfer = new BankTransfer();

    BuiltInMethodsTest() {
        transfer.settings = new PaymentSettings() {
            @Override
            public Optional<PaymentSettingsForm> stored(long businessId) {
                return Optional.ofNullable(accounts.get(businessId));
            }
        };
    }

    @Test
    void payAtPickupOnlyWhenEveryPartIsPickedUp() {
        PayAtPickup pickup = new PayAtPickup();
        assertThat(pickup.offer(PaymentFixture.pickedUp("A")).offered()).isTrue();
        assertThat(pickup.offer(PaymentFixture.twoMerchants("B")).offered()).isFalse();
        assertThat(pickup.start(PaymentFixture.pickedUp("A")).nextAction()).isEqualTo(NextAction.none());
    }

    @Test
    void bankTransferWhenEveryMerchantHasAnAccountWithEachPartsTransfer() {
        accounts.put(7L, new PaymentSettingsForm("Bäckerei Müller", "DE89370400440532013000", "COBADEFFXXX"));
        assertThat(transfer.offer(PaymentFixture.twoMerchants("K-1")).reason())
                .isEqualTo("Nicht jeder Händler dieser Bestellung nimmt Überweisungen an.");
        assertThat(transfer.offer(PaymentFixture.pickedUp("K-1")).reason())
                .as("in the order's language")
                .isEqualTo("Not every merchant of this order accepts bank transfers.");
        accounts.put(
                9L,
                new PaymentSettingsForm(
                        "Buchhandlung Blau", Iban.of("DE", "999900004000000009").value(), "IMPUDEK1XXX"));
        assertThat(transfer.offer(PaymentFixture.twoMerchants("K-1")).offered()).isTrue();

        NextAction next = transfer.start(PaymentFixture.twoMerchants("K-1")).nextAction();
        assertThat(next.type()).isEqualTo(NextAction.Type.NONE);
        List<?> transfers = (List<?>) next.data().get("transfers");
        assertThat(transfers).hasSize(2);
        assertThat(transfer(transfers, 0))
                .containsEntry("sellerOrder", "K-1-1")
                .containsEntry("reference", "K-1-1")
                .containsEntry("accountHolder", "Bäckerei Müller")
                .containsEntry("iban", "DE89370400440532013000")
                .containsEntry("bic", "COBADEFFXXX")
                .containsEntry("amountCents", 1200L)
                .containsEntry("currency", "EUR");
        assertThat(transfer(transfers, 1)).containsEntry("amountCents", 800L).containsEntry("businessId", 9L);
    }

    @Test
    void thePublishedDeliveryKindsAreTheShopsDeliveryMethods() {
        assertThat(List.of(SellerPart.Delivery.values()).stream().map(Enum::name))
                .containsExactlyElementsOf(List.of(org.impuls.shop.delivery.DeliveryMethod.values()).stream()
                        .map(Enum::name)
                        .toList());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> transfer(List<?> transfers, int index) {
        return (Map<String, Object>) transfers.get(index);
    }
}
