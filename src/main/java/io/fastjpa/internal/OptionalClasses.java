package io.fastjpa.internal;

/** Whether an optional library (a provider, a pool, Flyway, MicroProfile Config, Jersey) is on the class path. */
public final class OptionalClasses {

    private OptionalClasses() {}

    /**
     * @param className a class of the library
     * @param classLoader where to look; the loader of the integration class that references the library, so that
     *     a positive answer means that class will link
     * @return whether the class can be loaded; it is not initialized
     */
    public static boolean present(String className, ClassLoader classLoader) {
        try {
            Class.forName(className, false, classLoader);
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
