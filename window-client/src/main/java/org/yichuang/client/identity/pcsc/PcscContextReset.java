package org.yichuang.client.identity.pcsc;

import java.lang.reflect.Field;
import java.util.Map;

/**
 * Makes the JDK establish a new PC/SC context. javax.smartcardio keeps one context per JVM
 * ({@code sun.security.smartcardio.PCSCTerminals.contextId}) and never replaces it: once pcscd restarts, or Windows
 * stops its smart-card service because the last reader was unplugged, every {@code list()} fails with
 * {@code SCARD_E_NO_SERVICE}, {@code SCARD_E_SERVICE_STOPPED} or {@code SCARD_E_INVALID_HANDLE} until the client is
 * restarted (verified with pcscd 1.9.9 and JDK 17). Forgetting the handle (and the terminal objects
 * made with it) makes the next {@code TerminalFactory.getInstance("PC/SC", null)} establish a new one.
 *
 * <p>Needs {@code --add-opens java.smartcardio/sun.security.smartcardio=ALL-UNNAMED} (./yichuang passes it to the
 * client); without it, or on a JDK without that field, nothing changes and the clerk is told to restart the client.
 */
final class PcscContextReset {
    private PcscContextReset() {
    }

    /** Forgets the JVM's PC/SC context; false when the JDK does not let us. */
    static boolean forget() {
        try {
            Class<?> terminals = Class.forName("sun.security.smartcardio.PCSCTerminals");
            Field context = terminals.getDeclaredField("contextId");
            // each terminal object keeps the context it was made with, in a static cache by name
            Field cache = terminals.getDeclaredField("terminals");
            context.setAccessible(true);
            cache.setAccessible(true);
            synchronized (terminals) {   // initContext() and the cache's accessor are static synchronized
                context.setLong(null, 0L);
                ((Map<?, ?>) cache.get(null)).clear();
            }
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }
}
