package org.impuls.core.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;

/** A person's account: customer, merchant staff (through staff links) and/or operator. */
@Entity
@Table(name = "account")
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String email;

    @Column(name = "email_key", nullable = false, unique = true)
    private String emailKey;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "password_hash")
    private String passwordHash;

    @Column(nullable = false)
    private String language;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AccountStatus status;

    private boolean operator;

    @Column(name = "lock_reason")
    private String lockReason;

    /** Raised by each password change or reset; sessions begun under an older one end (see PortalAuthentication). */
    @Column(name = "credentials_generation")
    private int credentialsGeneration;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    @Version
    private int version;

    protected Account() {}

    Account(String email, String displayName, String passwordHash, String language, Instant now) {
        setEmail(email);
        this.displayName = displayName.strip();
        this.passwordHash = passwordHash;
        this.language = language;
        this.status = AccountStatus.UNCONFIRMED;
        this.createdAt = now;
    }

    static String keyOf(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    void confirm(Instant now) {
        if (status == AccountStatus.UNCONFIRMED) {
            status = AccountStatus.ACTIVE;
            confirmedAt = now;
        }
    }

    void makeOperator() {
        operator = true;
    }

    boolean canLogIn() {
        return status == AccountStatus.ACTIVE;
    }

    void changePassword(String newHash) {
        passwordHash = newHash;
        credentialsGeneration++;
    }

    void setEmail(String newEmail) {
        email = newEmail.strip();
        emailKey = keyOf(newEmail);
    }

    void changeLanguage(String newLanguage) {
        language = newLanguage;
    }

    void lock(String reason) {
        if (status == AccountStatus.DELETED) {
            throw new IllegalStateException("a deleted account cannot be locked");
        }
        status = AccountStatus.LOCKED;
        lockReason = reason;
    }

    void unlock() {
        if (status == AccountStatus.LOCKED) {
            status = confirmedAt == null ? AccountStatus.UNCONFIRMED : AccountStatus.ACTIVE;
            lockReason = null;
        }
    }

    /** Erases the personal data; the row stays so that kept records (orders, invoices) still point somewhere. */
    void erase(Instant now) {
        status = AccountStatus.DELETED;
        email = "deleted-" + id + "@invalid";
        emailKey = email;
        displayName = "—";
        passwordHash = null;
        operator = false;
        lockReason = null;
        deletedAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public String getLanguage() {
        return language;
    }

    public AccountStatus getStatus() {
        return status;
    }

    public boolean isOperator() {
        return operator;
    }

    public String getLockReason() {
        return lockReason;
    }

    int getCredentialsGeneration() {
        return credentialsGeneration;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }

    public Locale locale() {
        return Locale.forLanguageTag(language);
    }
}
