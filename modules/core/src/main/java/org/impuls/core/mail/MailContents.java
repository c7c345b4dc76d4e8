package org.impuls.core.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The bytes of attachments, stored once per content (SHA-256): a thousand order mails with the same terms keep one copy.
 * Two transactions storing the same bytes at once do not collide ({@code on conflict do nothing}).
 */
@ApplicationScoped
public class MailContents {

    @PersistenceContext(unitName = "impuls")
    EntityManager em;

    /** Stores the bytes unless they are stored already, in the caller's transaction; answers their hash. */
    public String store(byte[] bytes) {
        String hash = sha256(bytes);
        em.createNativeQuery("insert into mail_content (sha256, bytes) values (?1, ?2) on conflict (sha256) do nothing")
                .setParameter(1, hash)
                .setParameter(2, bytes)
                .executeUpdate();
        return hash;
    }

    public byte[] bytes(String sha256) {
        @SuppressWarnings("unchecked")
        List<byte[]> found = em.createNativeQuery("select bytes from mail_content where sha256 = ?1")
                .setParameter(1, sha256)
                .getResultList();
        if (found.isEmpty()) {
            throw new IllegalStateException("no stored attachment " + sha256);
        }
        return found.get(0);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
