package org.yichuang.client.admin.item;

import javax.swing.Action;
import org.yichuang.client.admin.item.clock.StepLimitActions;
import org.yichuang.client.admin.item.materials.MaterialActions;

/** The commands of the item editor's save bar, and those of its materials and 环节时限 tables. */
public record EditorActions(Action save, Action reload, Action withdraw, Action copy, MaterialActions materials,
        StepLimitActions stepLimits) {
}
