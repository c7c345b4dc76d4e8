package org.impuls.core.api;

import java.util.List;

/** Extension point: fragments a module or plugin puts into slots on other modules' pages. */
public interface SlotContributor {

    List<SlotContribution> slotContributions();
}
