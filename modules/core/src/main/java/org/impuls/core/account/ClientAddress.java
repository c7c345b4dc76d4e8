package org.impuls.core.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The client address that the login limit per address counts. Behind a reverse proxy every request comes
 * from the proxy, and one attacker would use up the limit for everyone: {@code IMPULS_TRUSTED_PROXIES}
 * names the proxies' addresses (comma-separated), and for a request from one of them the address that the
 * proxy saw counts, i.e. the right-most {@code X-Forwarded-For} entry that is not itself a trusted proxy.
 * Without the setting the header is ignored, since any client can write it.
 */
@ApplicationScoped
public class ClientAddress {

    @Inject
    @ConfigProperty(name = "impuls.trusted-proxies")
    Optional<String> trustedProxies;

    public String of(HttpServletRequest request) {
        return resolve(request.getRemoteAddr(), Collections.list(request.getHeaders("X-Forwarded-For")), trusted());
    }

    private Set<String> trusted() {
        return trustedProxies
                .map(list -> Arrays.stream(list.split(","))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .collect(Collectors.toSet()))
                .orElse(Set.of());
    }

    static String resolve(String remoteAddress, List<String> forwardedFor, Set<String> trustedProxies) {
        if (!trustedProxies.contains(remoteAddress)) {
            return remoteAddress;
        }
        List<String> hops = forwardedFor.stream()
                .flatMap(header -> Arrays.stream(header.split(",")))
                .map(String::strip)
                .filter(hop -> !hop.isEmpty())
                .toList();
        for (int i = hops.size() - 1; i >= 0; i--) {
            if (!trustedProxies.contains(hops.get(i))) {
                return hops.get(i);
            }
        }
        return remoteAddress;
    }
}
