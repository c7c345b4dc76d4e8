package org.impuls.directory.business;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * What a business must publish by law (the Impressum: owner, register entry, VAT id) and the texts
 * the shop shows at checkout: its own terms (AGB), withdrawal policy and privacy notice. Plain text.
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

    @Column(nullable = false)
    private String terms;

    @Column(name = "withdrawal_policy", nullable = false)
    private String withdrawalPolicy;

    @Column(name = "privacy_notice", nullable = false)
    private String privacyNotice;

    protected LegalData() {
    }

    public LegalData(String ownerName, String registerEntry, String vatId, String terms, String withdrawalPolicy, String privacyNotice) {
        this.ownerName = blankIfNull(ownerName);
        this.registerEntry = blankIfNull(registerEntry);
        this.vatId = blankIfNull(vatId);
        this.terms = blankIfNull(terms);
        this.withdrawalPolicy = blankIfNull(withdrawalPolicy);
        this.privacyNotice = blankIfNull(privacyNotice);
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
