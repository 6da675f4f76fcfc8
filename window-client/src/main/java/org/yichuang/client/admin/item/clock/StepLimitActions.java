package org.yichuang.client.admin.item.clock;

import javax.swing.Action;

/** The commands of the 环节时限 table: 添加环节, 删除环节. */
public record StepLimitActions(Action add, Action remove) {
}
