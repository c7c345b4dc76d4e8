package org.impuls.shop.payment;

/** Where a merchant's customers transfer money to, as the API and the form carry it. */
public class PaymentSettingsForm {

    private String accountHolder = "";
    private String iban = "";
    private String bic = "";

    public PaymentSettingsForm() {}

    PaymentSettingsForm(String accountHolder, String iban, String bic) {
        this.accountHolder = accountHolder;
        this.iban = iban;
        this.bic = bic;
    }

    /** Whether bank transfers can be offered: every field given (stored ones were checked). */
    public boolean complete() {
        return !accountHolder.isBlank() && !iban.isBlank() && !bic.isBlank();
    }

    public String getAccountHolder() {
        return accountHolder;
    }

    public void setAccountHolder(String accountHolder) {
        this.accountHolder = accountHolder == null ? "" : accountHolder;
    }

    public String getIban() {
        return iban;
    }

    public void setIban(String iban) {
        this.iban = iban == null ? "" : iban;
    }

    public String getBic() {
        return bic;
    }

    public void setBic(String bic) {
        this.bic = bic == null ? "" : bic;
    }
}
