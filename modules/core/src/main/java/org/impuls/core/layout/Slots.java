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

/**
 * The fragments for each slot. Pages render a slot with {@code <impuls:slot name="…"/>} (see
 * {@code core/components}), which includes every contribution in order.
 */
@Named
@ApplicationScoped
public class Slots {

    @Inject
    @Any
    Instance<SlotContributor> contributors;

    private Map<String, List<SlotContribution>> bySlot;

    @PostConstruct
    void collect() {
        List<SlotContribution> all = new ArrayList<>();
        contributors.forEach(contributor -> all.addAll(contributor.slotContributions()));
        bySlot = all.stream()
                .sorted(Comparator.comparingInt(SlotContribution::order).thenComparing(SlotContribution::fragment))
                .collect(Collectors.groupingBy(SlotContribution::slot, Collectors.toUnmodifiableList()));
    }

    public List<SlotContribution> in(String slot) {
        return bySlot.getOrDefault(slot, List.of());
    }
}
