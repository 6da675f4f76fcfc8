package org.yichuang.server.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * Marks a test class that asserts a wall-clock bound (an answer within 2 s while the database is down, a call woken by
 * NOTIFY within 2 s, a recovery within its time). The build runs these classes on their own, one after another, after
 * the others have run in two JVMs at once (server/pom.xml, execution {@code time-bound}): on two cores the other JVM's
 * load would otherwise be measured along with the server.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag(TimeBound.TAG)
public @interface TimeBound {
    /** The JUnit tag, as the pom names it. */
    String TAG = "time-bound";
}
