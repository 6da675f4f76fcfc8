package org.yichuang.core.api.queue;

/** 指定叫号: call one ticket by its number (as typed or scanned) instead of the next one. */
public record CallRequest(String number) {
}
