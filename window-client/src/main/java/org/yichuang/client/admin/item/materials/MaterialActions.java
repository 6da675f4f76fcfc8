package org.yichuang.client.admin.item.materials;

import javax.swing.Action;

/** The commands of the materials table: 添加, 删除, 上移, 下移. */
public record MaterialActions(Action add, Action remove, Action up, Action down) {
}
