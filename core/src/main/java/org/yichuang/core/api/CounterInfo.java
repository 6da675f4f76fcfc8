package org.yichuang.core.api;

/** A registered comprehensive counter (综合窗口) of a hall. */
public record CounterInfo(int number, String name, String hallName) {
}
