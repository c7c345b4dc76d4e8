package org.impuls.shop.payment;

import org.impuls.core.api.error.InvalidInputException;

/** A callback its method did not verify: 400, saying nothing of why. */
public class CallbackRefused extends InvalidInputException {

    private static final long serialVersionUID = 1L;

    CallbackRefused() {
        super(null, "The callback could not be verified.");
    }
}
