package org.yichuang.core.catalog;

/** How the member items of a bundle (一件事) are handled: side by side or one after another (并联 / 串联办理). */
public enum BundleRunMode {
    /** 并联办理: every member is handled from receipt at the same time. */
    PARALLEL,
    /** 串联办理: a member starts when the previous one is due (in {@link ServiceBundle#itemCodes()} order). */
    SEQUENTIAL
}
