package io.fastjpa.internal;

/** A change was attempted in a read-only unit of work; answered with a 500 problem, never silently dropped. */
public final class ReadOnlyViolationException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    ReadOnlyViolationException(String message) {
        super(message);
    }
}
