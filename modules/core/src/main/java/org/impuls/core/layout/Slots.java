package org.impuls.core.layout;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.impuls.core.api.SlotContribution;
import org.impuls.core.api.SlotContributor;
import org.impuls.core.plugin.PluginRegistry;

/**
 * The fragments for each slot. Pages render a slot with {@code <impuls:slot name="…"/>} (see
 * {@code core/components}), which includes every contribution in order.
 */
@Named
@ApplicationScoped
public class Slots {

    /** A contribution with the contributor it came from, whose plugin decides whether it shows. */
    private record Owned(SlotContribution contribution, Object contributor) {}

    @Inject
    @Any
    Instance<SlotContributor> contributors;

    @Inject
    PluginRegistry plugins;

    private Map<String, List<Owned>> bySlot;

    @PostConstruct
    void collect() {
        List<Owned> all = new ArrayList<>();
        contributors.forEach(contributor ->
                contributor.slotContributions().forEach(contribution -> all.add(new Owned(contribution, contributor))));
        bySlot = all.stream()
                .sorted(Comparator.comparingInt((Owned o) -> o.contribution().order())
                        .thenComparing(o -> o.contribution().fragment()))
                .collect(Collectors.groupingBy(o -> o.contribution().slot(), Collectors.toUnmodifiableList()));
    }

    public List<SlotContribution> in(String slot) {
        return bySlot.getOrDefault(slot, List.of()).stream()
                .filter(owned -> plugins.takesPart(owned.contributor()))
                .map(Owned::contribution)
                .toList();
    }
}
