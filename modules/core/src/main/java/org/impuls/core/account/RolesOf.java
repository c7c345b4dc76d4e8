package org.impuls.core.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.Set;
import org.impuls.core.api.StaffDirectory.LinkState;

/** An account's roles: every account is a CUSTOMER, staff of an admitted business (an active link) a MERCHANT, operators OPERATOR. */
@ApplicationScoped
public class RolesOf {

    @Inject
    StaffLinks staffLinks;

    public Set<String> of(Account account) {
        Set<String> roles = new HashSet<>();
        roles.add(Roles.CUSTOMER);
        if (!staffLinks.businessesOf(account.getId(), LinkState.ACTIVE).isEmpty()) {
            roles.add(Roles.MERCHANT);
        }
        if (account.isOperator()) {
            roles.add(Roles.OPERATOR);
        }
        return roles;
    }
}
