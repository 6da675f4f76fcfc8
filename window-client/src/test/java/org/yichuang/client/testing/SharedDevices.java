package org.yichuang.client.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * Marks a test class that uses what the machine has only once: the CUPS test printers and their one output folder
 * (a test finds its job's PDF there, and one takes a printer offline), or the one virtual card reader of
 * vpcd. The build runs these classes on their own, one after another, after the other UI tests, which may run in
 * two JVMs on two displays at once (window-client/pom.xml, execution {@code shared-devices}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag(SharedDevices.TAG)
public @interface SharedDevices {
    /** The JUnit tag, as the pom names it. */
    String TAG = "shared-devices";
}
