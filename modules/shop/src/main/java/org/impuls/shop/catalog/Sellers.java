package org.impuls.shop.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.impuls.core.api.Caller;
import org.impuls.core.api.error.ConflictException;
import org.impuls.core.api.error.ForbiddenException;
import org.impuls.core.api.error.NotFoundException;
import org.impuls.directory.api.BusinessDirectory;
import org.impuls.directory.api.BusinessDirectory.BusinessInfo;
import org.impuls.directory.api.BusinessKind;

/**
 * Who sells: every approved commercial business of the directory. The one place that decides who may
 * manage a business's catalogue: its staff and operators.
 */
@ApplicationScoped
public class Sellers {

    @Inject
    BusinessDirectory directory;

    @Inject
    Caller caller;

    /** The business if the caller may manage its catalogue and it may sell. */
    public BusinessInfo managedByCaller(long businessId) {
        BusinessInfo business = directory
                .find(businessId)
                .orElseThrow(() -> new NotFoundException("There is no business " + businessId + "."));
        if (!caller.isOperator() && !caller.worksFor(businessId)) {
            throw new ForbiddenException("you are not staff of business " + businessId);
        }
        if (business.kind() != BusinessKind.COMMERCIAL || !business.publiclyListed()) {
            throw new ConflictException("Only approved commercial businesses sell on the marketplace; "
                    + business.name() + " is not one (yet).");
        }
        return business;
    }

    /** The businesses whose products customers may not see; a search excludes these few rather than listing the many others. */
    public Set<Long> unlisted() {
        return directory.unlistedIds();
    }

    public List<BusinessInfo> infos(Set<Long> businessIds) {
        return directory.findAll(businessIds);
    }

    /** The {@code {1,2,3}} literal of a PostgreSQL bigint array, for {@code = any(cast(? as bigint[]))}. */
    static String arrayLiteral(Set<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
    }
}
