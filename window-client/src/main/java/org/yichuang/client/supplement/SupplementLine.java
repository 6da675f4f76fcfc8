package org.yichuang.client.supplement;

import org.yichuang.core.intake.MaterialChannel;
import org.yichuang.core.intake.MaterialCheck;
import org.yichuang.core.intake.MaterialStatus;

/**
 * One outstanding material of the case (容缺 deferred, or listed in the 一次性告知书) and what the clerk recorded of it
 * today: brought or not, how, original verified, copies and pages. Replaced whole on every change.
 *
 * @param problem what was wrong with it at intake (不符合要求), or null when it was missing
 */
public record SupplementLine(String name, MaterialStatus status, String problem, boolean brought,
        MaterialChannel channel, boolean originalVerified, int originals, int copies, int pages) {

    /** A material not brought yet. */
    public static SupplementLine outstanding(String name, MaterialStatus status, String problem) {
        return new SupplementLine(name, status, problem, false, MaterialChannel.PAPER, false, 0, 1, 1);
    }

    /** Returns a copy brought or not. */
    public SupplementLine withBrought(boolean value) {
        return new SupplementLine(name, status, problem, value, channel, originalVerified, originals, copies, pages);
    }

    /** Returns a copy received by the next channel (纸质 → 共享获取 → 电子). */
    public SupplementLine withNextChannel() {
        MaterialChannel[] all = MaterialChannel.values();
        return new SupplementLine(name, status, problem, brought, all[(channel.ordinal() + 1) % all.length],
                originalVerified, originals, copies, pages);
    }

    /** Returns a copy with the original verified or not. */
    public SupplementLine withOriginalVerified(boolean value) {
        return new SupplementLine(name, status, problem, brought, channel, value, originals, copies, pages);
    }

    /** Returns a copy with these counts (never negative). */
    public SupplementLine withCounts(int originals, int copies, int pages) {
        return new SupplementLine(name, status, problem, brought, channel, originalVerified, Math.max(0, originals),
                Math.max(0, copies), Math.max(0, pages));
    }

    /** Returns the line as the server takes it (received, with its channel and counts). */
    public MaterialCheck check() {
        return new MaterialCheck(name, MaterialStatus.RECEIVED, channel, originalVerified, originals, copies, pages,
                null);
    }
}
