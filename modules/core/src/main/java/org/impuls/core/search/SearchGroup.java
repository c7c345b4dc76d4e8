package org.impuls.core.search;

import java.util.List;
import org.impuls.core.api.SearchHit;

/** The hits of one provider, under its heading. */
public record SearchGroup(String id, String label, List<SearchHit> hits) {}
