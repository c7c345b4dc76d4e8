package org.impuls.plugins.pinnwand;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One notice on the board. Stored in the plugin's own table, through its own persistence unit. */
@Entity
@Table(name = "pinnwand_notice")
public class Notice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String text;

    @Column(nullable = false)
    private String author;

    @Column(name = "posted_at", nullable = false)
    private Instant postedAt;

    protected Notice() {}

    Notice(String text, String author, Instant postedAt) {
        this.text = text;
        this.author = author;
        this.postedAt = postedAt;
    }

    public Long getId() {
        return id;
    }

    public String getText() {
        return text;
    }

    public String getAuthor() {
        return author;
    }

    public Instant getPostedAt() {
        return postedAt;
    }
}
