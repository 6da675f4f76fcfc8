package org.yichuang.server.web;

import java.nio.charset.StandardCharsets;

/** Content-Disposition for file downloads with Chinese names (RFC 6266 with an RFC 5987 {@code filename*}). */
public final class Downloads {
    private static final String ATTR_CHARS = "!#$&+-.^_`|~";

    private Downloads() {
    }

    /**
     * Returns e.g. {@code attachment; filename="catalog-20260302.xlsx"; filename*=UTF-8''%E4%BA%8B…}: browsers that
     * read {@code filename*} save the Chinese name, older ones the ASCII fallback.
     */
    public static String attachment(String fileName, String asciiFallback) {
        return "attachment; filename=\"" + asciiFallback.replaceAll("[^\\x20-\\x7E]|[\"\\\\]", "_")
                + "\"; filename*=UTF-8''" + encode(fileName);
    }

    private static String encode(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || ATTR_CHARS.indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }
}
