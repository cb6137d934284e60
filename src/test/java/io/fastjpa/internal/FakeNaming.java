package io.fastjpa.internal;

import java.lang.reflect.Proxy;
import java.util.Hashtable;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.naming.Context;
import javax.naming.NameNotFoundException;
import javax.naming.OperationNotSupportedException;
import javax.naming.spi.InitialContextFactory;

/**
 * A JNDI naming service without a server, for data sources looked up by name: installed with the system property
 * {@code java.naming.factory.initial}, its contexts answer {@code lookup} from {@link #BOUND} and support nothing else.
 */
public final class FakeNaming implements InitialContextFactory {

    /** What the naming service holds, by name. */
    static final Map<String, Object> BOUND = new ConcurrentHashMap<>();

    /** Instantiated by {@code javax.naming.InitialContext}. */
    public FakeNaming() {}

    @Override
    public Context getInitialContext(Hashtable<?, ?> environment) {
        return (Context) Proxy.newProxyInstance(
                FakeNaming.class.getClassLoader(), new Class<?>[] {Context.class}, (proxy, method, arguments) -> {
                    switch (method.getName()) {
                        case "lookup" -> {
                            Object bound = BOUND.get(String.valueOf(arguments[0]));
                            if (bound == null) {
                                throw new NameNotFoundException(arguments[0] + " is not bound");
                            }
                            return bound;
                        }
                        case "close" -> {
                            return null;
                        }
                        default -> throw new OperationNotSupportedException(method.getName());
                    }
                });
    }
}
