package io.fastjpa.stack;

/** An application exception its own mapper answers with 200. */
public class ToleratedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ToleratedException() {
        super("tolerated");
    }
}
