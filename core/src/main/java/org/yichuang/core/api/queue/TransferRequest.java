package org.yichuang.core.api.queue;

/**
 * 转移: send the counter's ticket to another category or to one counter, keeping its number. Exactly one of the two
 * is given.
 */
public record TransferRequest(String categoryCode, Integer counterNo) {
}
