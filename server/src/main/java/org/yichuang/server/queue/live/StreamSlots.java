package org.yichuang.server.queue.live;

import java.util.HashMap;
import java.util.Map;

/** Counts open public streams per address and in all, refusing one past either limit. */
final class StreamSlots {
    private final int perAddress;
    private final int total;
    private final Map<String, Integer> open = new HashMap<>();
    private int all;

    StreamSlots(int perAddress, int total) {
        this.perAddress = perAddress;
        this.total = total;
    }

    /** Takes a slot for the address; false when it or the server is full. */
    synchronized boolean take(String address) {
        int mine = open.getOrDefault(address, 0);
        if (mine >= perAddress || all >= total) {
            return false;
        }
        open.put(address, mine + 1);
        all++;
        return true;
    }

    /** Gives back a slot taken for the address. */
    synchronized void give(String address) {
        Integer mine = open.get(address);
        if (mine == null) {
            return;
        }
        if (mine <= 1) {
            open.remove(address);
        } else {
            open.put(address, mine - 1);
        }
        all--;
    }
}
