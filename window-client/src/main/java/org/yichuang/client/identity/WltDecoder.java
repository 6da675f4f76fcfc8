package org.yichuang.client.identity;

import java.awt.image.BufferedImage;
import java.util.Optional;

/**
 * A vendor's decoder for the 1024-byte WLT photo of a resident ID (no open decoder exists, DEVICES.md §1.4). Without
 * one configured, {@link #NONE} gives no photo and everything else works.
 */
@FunctionalInterface
public interface WltDecoder {
    /** No decoder: no photo ("无照片"). */
    WltDecoder NONE = wlt -> Optional.empty();

    /** Decodes the photo (102 × 126 px), or empty when it cannot. */
    Optional<BufferedImage> decode(byte[] wlt);
}
