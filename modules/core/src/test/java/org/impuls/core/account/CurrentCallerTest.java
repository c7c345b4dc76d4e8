package org.impuls.core.account;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.security.enterprise.SecurityContext;
import java.lang.reflect.Proxy;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Start-up work (demo data) runs where the container refuses to name a caller: that is nobody, never an error. */
class CurrentCallerTest {

    @Test
    void withoutASecurityContextTheCallerIsNobody() {
        CurrentCaller caller = new CurrentCaller();
        caller.security = (SecurityContext) Proxy.newProxyInstance(
                SecurityContext.class.getClassLoader(),
                new Class<?>[] {SecurityContext.class},
                (proxy, method, args) -> {
                    throw new IllegalStateException("Operation not allowed");
                });

        assertThat(caller.accountId()).isEmpty();
        assertThat(caller.isAuthenticated()).isFalse();
        assertThat(caller.isOperator()).isFalse();
        assertThat(caller.businessIds()).isEqualTo(Set.of());
    }
}
