package org.impuls.directory.business;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.impuls.core.api.money.VatTreatment;

/**
 * What a business must publish by law (the Impressum: owner, register entry, VAT id) and the texts
 * the shop shows at checkout: its own terms (AGB), withdrawal policy and privacy notice. Plain text.
 * Invoices also need the tax number (Steuernummer) or the VAT id, and whether VAT is charged at all
 * (§ 19 UStG); the tax number is not for the public, so the public profile leaves it out.
 */
@Embeddable
public class LegalData {

    static final LegalData EMPTY = new LegalData("", "", "", "", "", "");

    @Column(name = "owner_name", nullable = false)
    private String ownerName;

    @Column(name = "register_entry", nullable = false)
    private String registerEntry;

    @Column(name = "vat_id", nullable = false)
    private String vatId;

    @Column(name = "tax_number", nullable = false)
    private String taxNumber = "";

    @Enumerated(EnumType.STRING)
    @Column(name = "vat_treatment", nullable = false)
    private VatTreatment vatTreatment = VatTreatment.REGULAR;

    @Column(nullable = false)
    private String terms;

    @Column(name = "withdrawal_policy", nullable = false)
    private String withdrawalPolicy;

    @Column(name = "privacy_notice", nullable = false)
    private String privacyNotice;

    protected LegalData() {}

    public LegalData(
            String ownerName,
            String registerEntry,
            String vatId,
            String terms,
            String withdrawalPolicy,
            String privacyNotice) {
        this.ownerName = blankIfNull(ownerName);
        this.registerEntry = blankIfNull(registerEntry);
        this.vatId = blankIfNull(vatId);
        this.terms = blankIfNull(terms);
        this.withdrawalPolicy = blankIfNull(withdrawalPolicy);
        this.privacyNotice = blankIfNull(privacyNotice);
    }

    /** The same data with the tax number and the VAT treatment. */
    public LegalData withTax(String newTaxNumber, VatTreatment treatment) {
        LegalData copy = new LegalData(ownerName, registerEntry, vatId, terms, withdrawalPolicy, privacyNotice);
        copy.taxNumber = blankIfNull(newTaxNumber);
        copy.vatTreatment = treatment == null ? VatTreatment.REGULAR : treatment;
        return copy;
    }

    private static String blankIfNull(String text) {
        return text == null ? "" : text.strip();
    }

    public String getOwnerName() {
        return ownerName;
    }

    public String getRegisterEntry() {
        return registerEntry;
    }

    public String getVatId() {
        return vatId;
    }

    public String getTaxNumber() {
        return taxNumber;
    }

    public VatTreatment getVatTreatment() {
        return vatTreatment == null ? VatTreatment.REGULAR : vatTreatment;
    }

    public String getTerms() {
        return terms;
    }

    public String getWithdrawalPolicy() {
        return withdrawalPolicy;
    }

    public String getPrivacyNotice() {
        return privacyNotice;
    }

    /** Whether an Impressum can be shown: at least who is responsible. */
    public boolean isComplete() {
        return !ownerName.isBlank();
    }
}
