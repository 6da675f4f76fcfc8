package org.yichuang.server.supervision;

/** The number of listed cases at one 红黄牌 level. */
public record LevelCountRow(String alertLevel, long count) {
}
