package org.yichuang.server.guide;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.yichuang.core.api.HallInfo;

/**
 * Links between guide pages. They are paths without scheme and host: a phone on the hall's Wi-Fi may reach the
 * server by an address other than the configured public one, and a path still works there; the path of the public
 * base URL is kept, so a server published below a prefix behind a proxy links correctly too.
 */
final class GuideLinks {
    private final String basePath;

    GuideLinks(HallInfo hall) {
        this.basePath = pathOf(hall == null ? null : hall.publicBaseUrl());
    }

    /** The index of all guides (办事指南目录). */
    String index() {
        return basePath + "/guide";
    }

    String item(String implementationCode) {
        return basePath + "/guide/items/" + segment(implementationCode);
    }

    String bundle(String bundleCode) {
        return basePath + "/guide/bundles/" + segment(bundleCode);
    }

    private static String pathOf(String baseUrl) {
        if (baseUrl == null || baseUrl.isBlank()) {
            return "";
        }
        try {
            String path = URI.create(baseUrl.strip()).getRawPath();
            return path == null ? "" : path.replaceAll("/+$", "");
        } catch (IllegalArgumentException e) {
            return ""; // a broken setting must not take the public pages down; root-relative links still work
        }
    }

    /** Codes are letters, digits and hyphens in practice, but provinces differ, so encode anyway. */
    private static String segment(String code) {
        return URLEncoder.encode(code == null ? "" : code, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
