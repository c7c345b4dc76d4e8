package org.impuls.core.api.lifecycle;

/**
 * Who performs a transition, why, and under which audit action ({@code null}: the step is not audited):
 * {@code Step.by(operator).note(reason).audited("directory.business.hidden")}.
 */
public record Step(String actor, String note, String auditAction) {

    public static Step by(String actor) {
        return new Step(actor, null, null);
    }

    /** The reason given or the message written; blank counts as none. */
    public Step note(String text) {
        return new Step(actor, text == null || text.isBlank() ? null : text, auditAction);
    }

    public Step audited(String action) {
        return new Step(actor, note, action);
    }
}
