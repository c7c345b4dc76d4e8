package org.impuls.core.api.error;

/**
 * Nothing of that id, or nothing the caller may see: both answer the same, so that an id of someone
 * else's data cannot be told from an id that does not exist. REST answers 404, pages show the 404 page.
 */
public final class NotFoundException extends DomainException {

    public NotFoundException(String message) {
        super(message);
    }
}
