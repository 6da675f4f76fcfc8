package org.yichuang.client.testing;

import java.awt.Graphics2D;
import java.awt.Window;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;

/**
 * Saves pictures of real windows into {@code target/screenshots}, and also into the directory named by the system
 * property {@code yichuang.screenshots} (e.g. {@code ../docs/screenshots}) when set.
 *
 * <p>The window paints itself into an image on the EDT instead of being grabbed from the screen: without a
 * window manager, a screen grab right after raising a window can catch it before X has asked it to repaint.
 */
public final class Screenshots {
    private Screenshots() {
    }

    /** Saves {@code window} as {@code <name>.png} after checking it shows no text as boxes; test thread. */
    public static void save(Robot robot, Window window, String name) {
        robot.waitForIdle();
        Glyphs.assertDisplayable(window);
        BufferedImage image = GuiActionRunner.execute(() -> {
            BufferedImage img = new BufferedImage(window.getWidth(), window.getHeight(), BufferedImage.TYPE_INT_RGB);
            Graphics2D g = img.createGraphics();
            try {
                window.printAll(g);
            } finally {
                g.dispose();
            }
            return img;
        });
        write(image, Path.of("target", "screenshots"), name);
        String extra = System.getProperty("yichuang.screenshots");
        if (extra != null && !extra.isBlank()) {
            write(image, Path.of(extra), name);
        }
    }

    private static void write(BufferedImage image, Path dir, String name) {
        try {
            Files.createDirectories(dir);
            ImageIO.write(image, "png", dir.resolve(name + ".png").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
