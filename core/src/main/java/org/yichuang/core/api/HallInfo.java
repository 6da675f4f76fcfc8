package org.yichuang.core.api;

/**
 * The hall as printed on guides and notices.
 *
 * @param hallName      政务服务大厅 name, e.g. 示范县政务服务中心
 * @param publicBaseUrl where the public reaches the server's guide pages (QR codes point below it), without a
 *                      trailing slash, e.g. {@code https://zwfw.example.gov.cn}
 * @param riskyItemsMayDefer the hall's configuration lets items of a risk category (风险类别) allow 容缺受理 (RULES.md
 *                      §2.2): the item editor checks and the guides advertise 容缺 by it
 */
public record HallInfo(String hallName, String publicBaseUrl, boolean riskyItemsMayDefer) {

    /** A hall with the default setting: risky items do not defer. */
    public HallInfo(String hallName, String publicBaseUrl) {
        this(hallName, publicBaseUrl, false);
    }

    /** The public guide page (办事指南) of an item. */
    public String itemGuideUrl(String implementationCode) {
        return publicBaseUrl + "/guide/items/" + implementationCode;
    }

    /** The public guide page of a bundle (一件事). */
    public String bundleGuideUrl(String bundleCode) {
        return publicBaseUrl + "/guide/bundles/" + bundleCode;
    }
}
