package org.impuls.directory.search;

/** A category with the number of matches in it (a top-level category counts its sub-categories' matches too). */
public record Facet(String slug, String name, boolean topLevel, long count) {}
