package org.impuls.shop.payment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.impuls.core.api.ActivePlugins;
import org.impuls.core.api.error.ConflictException;
import org.impuls.core.api.error.NotFoundException;
import org.impuls.shop.api.payment.PaymentMethod;

/**
 * The payment methods there are (the shop's and plugins'), in a stable order: the shop's first, then by id. Only those
 * that take part are offered, started and told of callbacks: a method whose plugin the operator switched off (or that
 * failed) is not. A payment under way keeps its method for cancelling, refunds and reports ({@link #get}).
 */
@ApplicationScoped
public class PaymentMethods {

    @Inject
    @Any
    Instance<PaymentMethod> methods;

    @Inject
    ActivePlugins plugins;

    /** The methods that take part now. */
    public List<PaymentMethod> all() {
        return every().stream().filter(plugins::takesPart).toList();
    }

    /** The method if it takes part now. */
    public Optional<PaymentMethod> find(String id) {
        return all().stream().filter(method -> method.id().equals(id)).findFirst();
    }

    /** Whether there is such a method but its plugin does not take part now. */
    public boolean switchedOff(String id) {
        return every().stream().anyMatch(method -> method.id().equals(id) && !plugins.takesPart(method));
    }

    /** The method taking part now; 404 naming an unknown id, 409 for one whose plugin is switched off. */
    public PaymentMethod active(String id) {
        return find(id).orElseThrow(() -> switchedOff(id)
                ? new ConflictException(switchedOffMessage(id))
                : new NotFoundException("There is no payment method " + id + "."));
    }

    /** The method of a payment under way, also while its plugin is off; 404 naming the id. */
    public PaymentMethod get(String id) {
        return every().stream()
                .filter(method -> method.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("There is no payment method " + id + "."));
    }

    static String switchedOffMessage(String id) {
        return "The payment method " + id + " is switched off: its plugin is not enabled.";
    }

    static boolean builtIn(PaymentMethod method) {
        return method.getClass().getName().startsWith("org.impuls.shop.");
    }

    private List<PaymentMethod> every() {
        return StreamSupport.stream(known().spliterator(), false)
                .sorted(Comparator.comparing((PaymentMethod method) -> builtIn(method) ? 0 : 1)
                        .thenComparing(PaymentMethod::id))
                .toList();
    }

    Iterable<PaymentMethod> known() {
        return methods;
    }
}
