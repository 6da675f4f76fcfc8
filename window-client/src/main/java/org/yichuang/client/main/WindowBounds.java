package org.yichuang.client.main;

import java.awt.Rectangle;

/**
 * Where the main window opens: where it was last time (kept on the screen), else 1280 × 800 centred, or the whole
 * usable screen when that is smaller — a counter's 1366 × 768 screen would otherwise hide the status bar below its
 * edge.
 */
final class WindowBounds {
    static final int WIDTH = 1280;
    static final int HEIGHT = 800;

    private WindowBounds() {
    }

    /**
     * Returns the bounds to open with.
     *
     * @param usable the screen without its task bars
     * @param saved  the bounds remembered from last time, or null
     */
    static Rectangle initial(Rectangle usable, Rectangle saved) {
        if (saved != null && usable.intersects(saved)) {
            Rectangle kept = saved.intersection(usable);
            if (kept.width >= 640 && kept.height >= 480) {
                return kept;
            }
        }
        int width = Math.min(WIDTH, usable.width);
        int height = Math.min(HEIGHT, usable.height);
        return new Rectangle(usable.x + (usable.width - width) / 2, usable.y + (usable.height - height) / 2, width,
                height);
    }

    /** Whether the window should open maximised: the screen is smaller than the window's usual size. */
    static boolean fillsScreen(Rectangle usable) {
        return usable.width < WIDTH || usable.height < HEIGHT;
    }
}
