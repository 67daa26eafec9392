package org.backspasm.reliability;

import java.lang.reflect.Method;

/**
 * The current thread's CPU time, through java.management's thread bean. Reached by reflection because the test
 * classes run inside the app's module, which does not read java.management (and should not, for a test's sake).
 */
public final class CpuTime {
    private static final Object BEAN;
    private static final Method NANOS;

    static {
        try {
            Class<?> factory = Class.forName("java.lang.management.ManagementFactory");
            BEAN = factory.getMethod("getThreadMXBean").invoke(null);
            NANOS = Class.forName("java.lang.management.ThreadMXBean").getMethod("getCurrentThreadCpuTime");
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private CpuTime() {
    }

    public static long nanos() {
        try {
            return (Long) NANOS.invoke(BEAN);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
