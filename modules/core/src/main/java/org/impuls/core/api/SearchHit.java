package org.impuls.core.api;

/** One result of the portal-wide search: a title, a short text and the public URL to open. */
public record SearchHit(String title, String snippet, String url) {}
