package org.yichuang.client.ui;

import java.awt.Font;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.swing.plaf.FontUIResource;

/**
 * A Swing font that falls back, character by character, to one more font at the end of its chain (字体回退链).
 *
 * <p>Java draws a Swing text with one {@code Font}; only its logical and composite fonts fall back to other faces,
 * and only to the system's. A font registered by the application never joins that chain, so a name with a CJK
 * Extension B character shows a box even when the bundled HanaMinB has it. The JDK's own composite font
 * ({@code sun.font.CompositeFont}) is what FlatLaf already uses for its default font; this class builds one more:
 * the given font's faces in their order, then the fallback face. Line metrics stay those of the first face.
 *
 * <p>There is no public API for this, so it needs {@code --add-opens java.desktop/sun.font=ALL-UNNAMED} (the
 * client's launchers pass it). Without it, or on a JDK whose internals differ, {@link #append} returns empty and
 * the caller keeps the font it had: rare characters then show as boxes, nothing else changes.
 */
public final class FontChain {
    private FontChain() {
    }

    /**
     * Returns a font like {@code base} (same name, style, size and metrics) that draws any character none of
     * {@code base}'s faces has with {@code fallback}; derived fonts ({@code deriveFont}) keep the chain.
     *
     * @param fallback a font made with {@code Font.createFont} from a TrueType file
     */
    public static Optional<Font> append(Font base, Font fallback) {
        try {
            Class<?> utilities = Class.forName("sun.font.FontUtilities");
            Class<?> font2D = Class.forName("sun.font.Font2D");
            Class<?> physical = Class.forName("sun.font.PhysicalFont");
            Class<?> composite = Class.forName("sun.font.CompositeFont");
            Class<?> handleType = Class.forName("sun.font.Font2DHandle");
            Class<?> access = Class.forName("sun.font.FontAccess");
            Method getFont2D = utilities.getMethod("getFont2D", Font.class);

            Object base2D = getFont2D.invoke(null, base);
            Object fallback2D = getFont2D.invoke(null, fallback);
            if (!physical.isInstance(fallback2D)) {
                return Optional.empty();
            }
            List<Object> slots = new ArrayList<>();
            if (composite.isInstance(base2D)) {
                Method numSlots = composite.getMethod("getNumSlots");
                Method slotFont = composite.getMethod("getSlotFont", int.class);
                int n = (Integer) numSlots.invoke(base2D);
                for (int i = 0; i < n; i++) {
                    Object slot = slotFont.invoke(base2D, i);
                    if (slot != null && slot != fallback2D) {
                        slots.add(slot);
                    }
                }
            } else if (physical.isInstance(base2D)) {
                slots.add(base2D);
            } else {
                return Optional.empty();
            }
            if (slots.isEmpty()) {
                return Optional.empty();
            }
            slots.add(fallback2D);

            Object array = Array.newInstance(physical, slots.size());
            for (int i = 0; i < slots.size(); i++) {
                Array.set(array, i, slots.get(i));
            }
            // CompositeFont(PhysicalFont[]): metrics from the first slot only, glyphs from the first slot that has them
            Constructor<?> make = composite.getDeclaredConstructor(array.getClass());
            make.setAccessible(true);
            Object chain = make.newInstance(array);
            Object handle = font2D.getField("handle").get(chain);

            FontUIResource result = new FontUIResource(base);
            Object fontAccess = access.getMethod("getFontAccess").invoke(null);
            access.getMethod("setFont2D", Font.class, handleType).invoke(fontAccess, result, handle);
            // a "created" font keeps its Font2D through deriveFont instead of being looked up again by name
            access.getMethod("setCreatedFont", Font.class).invoke(fontAccess, result);
            return Optional.of(result);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return Optional.empty();
        }
    }
}
