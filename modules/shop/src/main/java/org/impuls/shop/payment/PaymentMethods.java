package org.impuls.shop.payment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.impuls.core.api.error.NotFoundException;
import org.impuls.shop.api.payment.PaymentMethod;

/** Every payment method there is (the shop's and plugins'), in a stable order: the shop's first, then by id. */
@ApplicationScoped
public class PaymentMethods {

    @Inject
    @Any
    Instance<PaymentMethod> methods;

    public List<PaymentMethod> all() {
        return StreamSupport.stream(known().spliterator(), false)
                .sorted(Comparator.comparing((PaymentMethod method) -> builtIn(method) ? 0 : 1)
                        .thenComparing(PaymentMethod::id))
                .toList();
    }

    public Optional<PaymentMethod> find(String id) {
        return all().stream().filter(method -> method.id().equals(id)).findFirst();
    }

    /** The method, or 404 naming the id. */
    public PaymentMethod get(String id) {
        return find(id).orElseThrow(() -> new NotFoundException("There is no payment method " + id + "."));
    }

    static boolean builtIn(PaymentMethod method) {
        return method.getClass().getName().startsWith("org.impuls.shop.");
    }

    Iterable<PaymentMethod> known() {
        return methods;
    }
}
